import { getTranslations } from "next-intl/server";

/** Since which version (or day), and for which country: a plain GET form, so the URL can be shared. */
export async function ChangesForm({
  versions,
  countries,
  since,
  date,
  country,
  lang,
}: {
  versions: { number: number; label: string; title: string }[];
  countries: { key: string; name: string }[];
  since: number | null;
  date: string;
  country: string;
  lang: string;
}) {
  const t = await getTranslations("history.changes");
  return (
    <form className="card changes-form" method="get" action="/curation/changes">
      <input type="hidden" name="lang" value={lang} />
      <label>
        {t("sinceVersion")}
        <select name="since" defaultValue={since === null ? "" : String(since)}>
          <option value="">{t("orDate")}</option>
          {versions.map((v) => (
            <option key={v.number} value={v.number} title={v.title}>
              {v.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("sinceDate")}
        <input type="date" name="date" defaultValue={date} />
      </label>
      <label>
        {t("country")}
        <select name="country" defaultValue={country}>
          <option value="">{t("wholeDataset")}</option>
          {countries.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t("show")}</button>
    </form>
  );
}
