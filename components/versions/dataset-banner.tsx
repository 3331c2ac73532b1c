import { getTimeZone, getTranslations } from "next-intl/server";
import type { Lang } from "@/lib/i18n/lang";
import type { ViewState } from "@/lib/view-state/state";
import { datasetBanner } from "@/lib/views/versions/banner";
import type { DatasetMode } from "@/lib/views/versions/mode";

/** Says, above the view, that it shows a pinned version or an unpublished preview, and the way back. */
export async function DatasetBanner({
  mode,
  state,
  path,
  lang,
}: {
  mode: DatasetMode;
  state: ViewState;
  path: string;
  lang: Lang;
}) {
  const banner = datasetBanner(mode, state, path, lang, await getTimeZone());
  if (!banner) return null;
  const t = await getTranslations("history.views.banner");
  return (
    <section
      className={`dataset-banner ${banner.kind}`}
      aria-label={t("label")}
      data-testid="dataset-banner"
      data-kind={banner.kind}
    >
      <p>
        <strong title={banner.at}>{banner.text}</strong>
        {banner.links.map((link) => (
          <span key={link.key} className="dataset-banner-link">
            <a href={link.href} data-testid={`dataset-banner-${link.key}`}>
              {link.label}
            </a>
          </span>
        ))}
      </p>
    </section>
  );
}
