import { getTimeZone, getTranslations } from "next-intl/server";
import { ChangesForm } from "@/components/history/changes-form";
import { ChangesList } from "@/components/history/changes-list";
import { AccountPage } from "@/components/shell/app-frame";
import { DateTime } from "@/components/ui/date-time";
import { countryName } from "@/lib/dataset/localize";
import { changesSince } from "@/lib/queries/history";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { listVersions, versionBeforeDay } from "@/lib/queries/versions";
import type { SearchParams } from "@/lib/view-state/state";
import { buildChanges, parseSince } from "@/lib/views/history/changes";
import { formatDateTime, isoTime } from "@/lib/i18n/date-time";
import { loadAccountPage } from "@/lib/views/page";

export const dynamic = "force-dynamic";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// "What changed" is published data: every signed-in reader may see it.
export default async function ChangesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = await searchParams;
  const date = first(params.date) ?? "";
  const asked = parseSince(date || first(params.since));
  const country = first(params.country)?.toUpperCase() ?? "";
  const query = new URLSearchParams();
  if (first(params.since)) query.set("since", first(params.since)!);
  if (date) query.set("date", date);
  if (country) query.set("country", country);
  const path = "/curation/changes";
  const { user, lang } = await loadAccountPage(query.size ? `${path}?${query}` : path);
  const t = await getTranslations("history.changes");
  const [versions, data] = await Promise.all([listVersions(), getDatasetSnapshot()]);
  const latest = versions[0]?.number ?? 0;
  let since: number | null = versions[1]?.number ?? null;
  if (asked && "version" in asked) since = asked.version;
  // A day is the reader's day, in the zone the versions are labelled in.
  const timeZone = await getTimeZone();
  if (asked && "date" in asked) since = await versionBeforeDay(asked.date, timeZone);
  const known = data.countries.some((c) => c.key === country) ? country : "";
  const changes = since === null ? null : await changesSince(since, known || undefined);
  const sinceInfo = versions.find((v) => v.number === since);
  return (
    <AccountPage
      user={user}
      lang={lang}
      path={path}
      title={t("title")}
      active="curation"
      query={query.toString()}
    >
      <ChangesForm
        versions={versions.map((v) => ({
          number: v.number,
          label: t("versionOption", {
            version: v.number,
            date: formatDateTime(v.createdAt, lang, timeZone),
          }),
          title: isoTime(v.createdAt),
        }))}
        countries={data.countries.map((c) => ({
          key: c.key,
          name: countryName(data, c.key, lang),
        }))}
        since={asked && "date" in asked ? null : since}
        date={asked && "date" in asked ? asked.date : ""}
        country={known}
        lang={lang}
      />
      {changes === null || !sinceInfo ? (
        <p className="card" role="status">
          {t(
            !asked && versions.length < 2
              ? "onlyOne"
              : asked && "date" in asked
                ? "beforeFirst"
                : "noSuchVersion",
          )}
        </p>
      ) : (
        <>
          <p className="changes-scope">
            {t.rich(known ? "scopeCountry" : "scope", {
              since: sinceInfo.number,
              date: () => <DateTime at={sinceInfo.createdAt} />,
              latest,
              country: known ? countryName(data, known, lang) : "",
            })}
          </p>
          <ChangesList groups={buildChanges(data, changes, sinceInfo.number, lang)} />
        </>
      )}
    </AccountPage>
  );
}
