import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { EventFocus } from "@/lib/views/charts/event-focus";
import { formatList } from "@/lib/i18n/translator";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { FocusAnnotations } from "@/components/annotations/focus-annotations";
import { EvidenceList } from "@/components/evidence/evidence-list";

/** The event named by `focus=event:<key>`, rendered on the server from the URL, so a link reproduces it. */
export async function EventDetails({ focus, state, path }: { focus: EventFocus; state: ViewState; path: string }) {
  const t = await getTranslations("timeline.details");
  const tp = await getTranslations("common.problems");
  const href = (key: string | null) => viewHref(path, state, { focus: key ? `event:${key}` : null });
  if (focus.status === "none") {
    if (!focus.first) return null;
    return (
      <p className="details-hint muted">
        {t(state.view === "table" ? "hintTable" : "hint")} <Link href={href(focus.first)} scroll={false}>{t("first")}</Link>
      </p>
    );
  }
  if (focus.status === "missing") {
    return (
      <section className="event-details notice" role="status" data-testid="event-details-missing">
        <p>{tp("focusMissing")} <code>{focus.key}</code></p>
        <Link href={href(null)} scroll={false}>{t("close")}</Link>
      </section>
    );
  }
  const facts: [string, string | null][] = [
    [t("country"), focus.country],
    [t("period"), focus.period],
    [t("kind"), focus.kind],
    [t("dimensions"), focus.dimensions.length ? formatList(focus.dimensions, state.lang) : null],
    [t("note"), focus.note],
  ];
  return (
    <section className="event-details" aria-labelledby="event-details-title" data-testid="event-details" data-event={focus.key}>
      <div className="event-details-head">
        <div>
          <p className="muted">{t("label")}</p>
          <h2 id="event-details-title">{focus.title}</h2>
        </div>
        <Link href={href(null)} scroll={false} className="details-close" data-testid="close-details">{t("close")}</Link>
      </div>
      {!focus.shown && <p className="muted">{t("outside")}</p>}
      <dl>
        {facts.filter(([, value]) => value !== null).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t("evidence")}</h3>
      <EvidenceList evidence={focus.evidence} lang={state.lang} />
      <FocusAnnotations chart={path.replace("/charts/", "")} focus={`event:${focus.key}`} />
      <nav className="details-nav" aria-label={t("label")}>
        {focus.previous && <Link href={href(focus.previous)} scroll={false} rel="prev" data-testid="previous-event">{t("previous")}</Link>}
        {focus.next && <Link href={href(focus.next)} scroll={false} rel="next" data-testid="next-event">{t("next")}</Link>}
      </nav>
    </section>
  );
}
