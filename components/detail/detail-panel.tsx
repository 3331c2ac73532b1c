import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { FactActions } from "@/components/facts/fact-actions";
import type { DetailView } from "@/lib/views/detail";
import { DetailAnnotations } from "./detail-annotations";
import { PanelShell } from "./panel-shell";

/**
 * The one detail panel: title, facts, what may be done with the fact (history, edit, reviewed),
 * what only this kind of detail has (`children`: a rubric, roles, what cites a passage),
 * evidence, the annotations of its target, previous and next. It closes the same way everywhere
 * (PanelShell).
 */
export async function DetailPanel({
  view,
  testId,
  className,
  annotations,
  children,
}: {
  view: DetailView;
  testId: string;
  className?: string;
  annotations?: ReactNode;
  children?: ReactNode;
}) {
  const t = await getTranslations("common.detail");
  return (
    <PanelShell
      title={view.title}
      closeHref={view.closeHref}
      closeLabel={t("close")}
      returnFocus={view.returnFocus}
      testId={testId}
      className={className}
      head={<p className="detail-label">{view.label}</p>}
    >
      {view.subtitle && (
        <p className="muted" data-testid="focus-kind">
          {view.subtitle}
        </p>
      )}
      {view.notice && <p className="muted">{view.notice}</p>}
      {view.facts.length > 0 && (
        <dl className="detail-facts">
          {view.facts.map((f) => (
            <div key={f.key}>
              <dt>{f.label}</dt>
              <dd data-testid={`focus-${f.key}`}>
                {f.strong ? <strong>{f.value}</strong> : f.value}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {view.factRef && <FactActions factRef={view.factRef} />}
      {children}
      {view.evidence && (
        <>
          <h3>{t("evidence")}</h3>
          <EvidenceList evidence={view.evidence} fact={view.annotations?.target} />
        </>
      )}
      {annotations ??
        (view.annotations && (
          <DetailAnnotations target={view.annotations.target} keys={view.annotations.keys} />
        ))}
      {(view.previous || view.next) && (
        <nav className="detail-nav" aria-label={view.label}>
          {view.previous && (
            <Link href={view.previous} scroll={false} rel="prev" data-testid="previous-item">
              {t("previous")}
            </Link>
          )}
          {view.next && (
            <Link href={view.next} scroll={false} rel="next" data-testid="next-item">
              {t("next")}
            </Link>
          )}
        </nav>
      )}
    </PanelShell>
  );
}

/** A link names an item that is not there (any more): said, with a way out. */
export async function MissingDetail({
  closeHref,
  testId,
  detail,
}: {
  closeHref: string;
  testId: string;
  detail?: string;
}) {
  const t = await getTranslations("common");
  return (
    <p className="detail-missing" role="status" data-testid={testId}>
      {t("problems.focusMissing")} {detail && <code>{detail}</code>}{" "}
      <Link href={closeHref} scroll={false}>
        {t("detail.close")}
      </Link>
    </p>
  );
}
