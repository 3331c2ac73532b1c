import { getTranslations } from "next-intl/server";
import type { ChangeCard } from "@/lib/views/curation/change-request";
import { ReviewCitation } from "./review-citation";

/** One change: the fact, what happens to it, its fields old and new, its citations, its views. */
export async function ReviewChangeCard({
  card,
  published,
}: {
  card: ChangeCard;
  published: boolean;
}) {
  const t = await getTranslations("curation");
  const empty = <span className="muted">{t("request.empty")}</span>;
  const beforeLabel = t(published ? "request.beforePublished" : "request.before");
  const afterLabel = t(published ? "request.afterPublished" : "request.after");
  return (
    <article className="card cr-change" data-testid="change-card" data-fact={card.factKey}>
      <header className="cr-change-head">
        <span className={`chip cr-op cr-op-${card.op}`}>{t(`ops.${card.op}`)}</span>
        <h3>{card.heading}</h3>
        <span className="muted">{card.entityName}</span>
      </header>
      {card.fields.length > 0 ? (
        <div className="cr-table-wrap">
          <table className="cr-diff">
            <thead>
              <tr>
                <th scope="col">{t("request.field")}</th>
                <th scope="col">{beforeLabel}</th>
                <th scope="col">{afterLabel}</th>
              </tr>
            </thead>
            <tbody>
              {card.fields.map((f) => (
                <tr key={f.field} data-field={f.field}>
                  <th scope="row">{f.label}</th>
                  <td className="cr-old" data-label={beforeLabel}>
                    {f.before === null ? empty : <del>{f.before}</del>}
                  </td>
                  <td className="cr-new" data-label={afterLabel}>
                    {f.after === null ? empty : <ins>{f.after}</ins>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t("request.noFieldChanges")}</p>
      )}
      {card.citationsAdded.length > 0 && (
        <section className="cr-citations cr-added">
          <h4>{t("request.citationsAdded")}</h4>
          <ul>
            {card.citationsAdded.map((c, i) => (
              <ReviewCitation key={i} c={c} />
            ))}
          </ul>
        </section>
      )}
      {card.citationsRemoved.length > 0 && (
        <section className="cr-citations cr-removed">
          <h4>{t("request.citationsRemoved")}</h4>
          <ul>
            {card.citationsRemoved.map((c, i) => (
              <ReviewCitation key={i} c={c} />
            ))}
          </ul>
        </section>
      )}
      {card.touches.length > 0 && (
        <section className="cr-touches">
          <h4>{t("request.touches")}</h4>
          <p className="muted">
            {t(published ? "request.touchesPublished" : "request.touchesHelp")}
          </p>
          <ul>
            {card.touches.map((v) => (
              <li key={v.view}>
                <a href={v.href} data-view={v.view}>
                  {v.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
