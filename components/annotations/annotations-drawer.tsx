"use client";

import { useTranslations } from "next-intl";
import { useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { AnnotationTarget } from "@/lib/annotations/targets";
import { groupThreads, NO_FILTERS, type ThreadFilters } from "@/lib/annotations/threads";
import { TARGET_KINDS } from "@/lib/annotations/target-keys";
import { usePanelThreads, type PanelStart } from "./use-panel-threads";
import { AnnotationForm } from "./lazy";
import { DownloadLink } from "@/components/export/download-link";
import { ResolvedSwitch } from "./resolved-switch";
import { ThreadList } from "./thread-list";

const OPEN_KEY = "scc-annotations-open";
const OPEN_EVENT = "scc-annotations-open";
// Open or closed per browser tab, so the drawer stays open from view to view.
const subscribe = (notify: () => void) => (
  window.addEventListener(OPEN_EVENT, notify),
  () => window.removeEventListener(OPEN_EVENT, notify)
);
const isOpen = () => sessionStorage.getItem(OPEN_KEY) === "1";

/**
 * The annotations of the current view in a side drawer: filters by author, tag, status and target
 * kind, text search, threads with replies, and a form for a new note. It stays open from view to
 * view (per tab). The first page is server-rendered; filters and further pages come from the
 * server, and changes on the stream patch it (usePanelThreads).
 */
export function AnnotationsDrawer({
  view,
  stateQuery,
  start,
  canWrite,
  targets,
  viewName,
  exportBase,
}: {
  view: string;
  stateQuery: string;
  start: PanelStart;
  canWrite: boolean;
  targets: { label: string; target: AnnotationTarget }[];
  viewName: string;
  exportBase: string | null;
}) {
  const t = useTranslations("annotations");
  const open = useSyncExternalStore(subscribe, isOpen, () => false);
  const panel = usePanelThreads(view, stateQuery, start, open);
  const { filters, setFilters, items, resolved } = panel;
  const [adding, setAdding] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const show = (value: boolean) => {
    sessionStorage.setItem(OPEN_KEY, value ? "1" : "0");
    window.dispatchEvent(new Event(OPEN_EVENT));
    if (!value) toggle.current?.focus();
  };
  // Filtered and ordered on the server already; grouped into threads here.
  const threads = useMemo(() => groupThreads(items), [items]);
  // Once opened, the threads stay mounted: closing the drawer keeps a reply or an edit in progress.
  const [opened, setOpened] = useState(false);
  if (open && !opened) setOpened(true);
  const { authors, tags } = start.facets;
  const count = panel.total;
  const set = (patch: Partial<ThreadFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="annotations-toggle"
        aria-expanded={open}
        aria-controls="annotations-drawer"
        onClick={() => show(!open)}
        data-testid="annotations-toggle"
      >
        {t("toggle")}{" "}
        <span className="count" data-testid="annotations-total">
          {count}
        </span>
      </button>
      <aside
        id="annotations-drawer"
        className={open ? "annotations-drawer open" : "annotations-drawer"}
        hidden={!open}
        aria-labelledby="annotations-drawer-title"
        data-testid="annotations-panel"
        onKeyDown={(e) => e.key === "Escape" && show(false)}
      >
        <div className="side-panel-head">
          <h2 id="annotations-drawer-title">{t("panelTitle", { view: viewName })}</h2>
          <button
            type="button"
            className="close"
            aria-label={t("close")}
            onClick={() => show(false)}
          >
            ×
          </button>
        </div>
        <p className="muted live-note">{t("live")}</p>
        <div className="annotation-filters" role="search">
          <input
            type="search"
            placeholder={t("filters.search")}
            aria-label={t("filters.search")}
            value={filters.q}
            onChange={(e) => set({ q: e.target.value })}
            data-testid="filter-q"
          />
          <select
            aria-label={t("filters.author")}
            value={filters.author}
            onChange={(e) => set({ author: e.target.value })}
            data-testid="filter-author"
          >
            <option value="">{t("filters.anyAuthor")}</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <select
            aria-label={t("filters.tag")}
            value={filters.tag}
            onChange={(e) => set({ tag: e.target.value })}
            data-testid="filter-tag"
          >
            <option value="">{t("filters.anyTag")}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                #{tag}
              </option>
            ))}
          </select>
          <select
            aria-label={t("filters.status")}
            value={filters.status}
            onChange={(e) => set({ status: e.target.value as ThreadFilters["status"] })}
            data-testid="filter-status"
          >
            <option value="">{resolved ? t("filters.anyStatus") : t("filters.openOnly")}</option>
            <option value="open">{t("filters.open")}</option>
            <option value="resolved">{t("resolved")}</option>
          </select>
          <select
            aria-label={t("filters.kind")}
            value={filters.kind}
            onChange={(e) => set({ kind: e.target.value as ThreadFilters["kind"] })}
            data-testid="filter-kind"
          >
            <option value="">{t("filters.anyKind")}</option>
            {TARGET_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
          <ResolvedSwitch shown={resolved} path={view} stateQuery={stateQuery} />
          {filtered && (
            <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
              {t("filters.clear")}
            </button>
          )}
        </div>
        {canWrite &&
          (adding ? (
            <AnnotationForm targets={targets} onDone={() => setAdding(false)} />
          ) : (
            <button
              type="button"
              className="secondary"
              onClick={() => setAdding(true)}
              data-testid="annotation-new"
            >
              {t("add")}
            </button>
          ))}
        <p
          className="muted"
          role="status"
          data-testid="annotations-shown"
          aria-busy={panel.loading}
        >
          {!filtered && panel.more
            ? t("shownOf", {
                shown: threads.length,
                total: Math.max(threads.length, start.totals.threads),
              })
            : t("shown", { count: threads.length })}
        </p>
        {panel.error && (
          <p className="form-error" role="alert">
            {t("loadFailed", { message: panel.error })}
          </p>
        )}
        {threads.length === 0 && (
          <p className="muted">{filtered ? t("filters.noMatch") : t("none")}</p>
        )}
        {/* Drawn once first opened: a drawer never opened costs the page neither markup nor the cards' code. */}
        {open && <ThreadList threads={threads} canWrite={canWrite} onTag={(tag) => set({ tag })} />}
        {panel.more && (
          <button
            type="button"
            className="secondary"
            onClick={panel.showMore}
            disabled={panel.loading}
            data-testid="annotations-more"
          >
            {panel.loading ? t("loading") : t("more")}
          </button>
        )}
        {exportBase && (
          <div className="annotation-export" data-testid="annotation-export">
            <span className="muted">{t("export")}</span>
            <DownloadLink
              href={`${exportBase}&format=csv`}
              fileName="annotations.csv"
              testId="annotation-export-csv"
            >
              CSV
            </DownloadLink>
            <DownloadLink
              href={`${exportBase}&format=jsonld`}
              fileName="annotations.jsonld"
              testId="annotation-export-jsonld"
            >
              {t("jsonld")}
            </DownloadLink>
          </div>
        )}
      </aside>
    </>
  );
}
