import { getTranslations } from "next-intl/server";
import type { CitationView } from "@/lib/views/curation/change-request";

/** A cited passage with the source text around it, or an external reference. */
export async function ReviewCitation({ c }: { c: CitationView }) {
  const t = await getTranslations("curation.request");
  if (c.kind === "external")
    return (
      <li className="cr-citation">
        <p>{t("external", { title: c.title, publisher: c.publisher, year: c.year })}</p>
        <a href={c.url} rel="noreferrer noopener" target="_blank" className="cr-url">
          {c.url}
        </a>
      </li>
    );
  return (
    <li className="cr-citation">
      <blockquote>
        <span className="muted">{c.before}</span>
        <mark>{c.quote}</mark>
        <span className="muted">{c.after}</span>
      </blockquote>
      {c.translation && <p className="translation">{c.translation}</p>}
      <p className="evidence-source">
        {t("sourceLine", { title: c.title, version: c.version, start: c.start, end: c.end })}
        {c.missing && <> · {t("sourceMissing")}</>}
        {c.href && (
          <>
            {" · "}
            <a href={c.href}>{t("openInSource")}</a>
          </>
        )}
      </p>
    </li>
  );
}
