import { getTranslations } from "next-intl/server";
import type { ReanchorView } from "@/lib/views/curation/obstacles";

/** What a new source version did to the old version's citations; orphans first and loud. */
export async function ReviewReanchor({ report }: { report: ReanchorView }) {
  const t = await getTranslations("curation.request");
  return (
    <section className="card cr-reanchor" data-testid="reanchor">
      <h2>{t("reanchorTitle", { source: report.source, to: report.to })}</h2>
      <p>
        {t("reanchorCounts", {
          anchored: report.anchored,
          moved: report.moved,
          orphaned: report.orphaned,
        })}
      </p>
      {report.orphans.length > 0 && (
        <div className="cr-orphans" role="note">
          <h3>{t("orphansTitle")}</h3>
          <p>{t("orphansHelp", { from: report.from })}</p>
          <ul>
            {report.orphans.map((o, i) => (
              <li key={i}>
                <strong>{o.heading}</strong>
                <blockquote>{o.quote}</blockquote>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
