import type { Lang } from "@/lib/i18n/lang";
import { translator } from "@/lib/i18n/translator";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { formatDateTime, isoTime } from "@/lib/i18n/date-time";
import type { DatasetMode } from "./mode";

export interface BannerView {
  kind: "pinned" | "preview";
  text: string;
  /** the pinned version's publication, ISO 8601, for the text's title */
  at?: string;
  links: { key: "current" | "request" | "leave"; label: string; href: string }[];
}

/**
 * The line above a view that does not show the live published data: which version it is pinned
 * to and the way to the current one, or which change request it previews and the ways out.
 */
export function datasetBanner(
  mode: DatasetMode,
  state: ViewState,
  path: string,
  lang: Lang,
  timeZone: string,
): BannerView | null {
  const t = translator(lang);
  if (mode.kind === "pinned") {
    const date = mode.publishedAt ? formatDateTime(mode.publishedAt, lang, timeZone) : "";
    const values = { version: mode.version, date };
    return {
      kind: "pinned",
      ...(mode.publishedAt ? { at: isoTime(mode.publishedAt) } : {}),
      text:
        mode.version === mode.latest
          ? t("history.views.banner.pinnedCurrent", values)
          : t("history.views.banner.pinned", values),
      links: [
        {
          key: "current",
          label:
            mode.version === mode.latest
              ? t("history.views.banner.follow")
              : t("history.views.banner.current", { latest: mode.latest }),
          href: viewHref(path, state, { version: null }),
        },
      ],
    };
  }
  if (mode.kind === "preview") {
    return {
      kind: "preview",
      text: t("history.views.banner.preview", { title: mode.title }),
      links: [
        {
          key: "request",
          label: t("history.views.banner.backToRequest"),
          href: `/curation/requests/${encodeURIComponent(mode.id)}?lang=${lang}`,
        },
        {
          key: "leave",
          label: t("history.views.banner.leavePreview"),
          href: viewHref(path, state, { preview: null }),
        },
      ],
    };
  }
  return null;
}
