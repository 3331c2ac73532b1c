import { getTranslations } from "next-intl/server";
import { LevelChip } from "@/components/matrix/level-chip";
import type { Briefing } from "@/lib/views/report/briefing";
import { CountryHead } from "@/components/ui/country-head";

// The printed briefing's sections (server components): the cover, the headline contrasts, the
// matrix with full summaries, and the numbered bibliography. The charts come between them as the
// exported images (app/report/page.tsx).

/** Source numbers, each a link to its bibliography entry: "[1, 4]". */
function Refs({ numbers }: { numbers: number[] }) {
  if (numbers.length === 0) return null;
  return (
    <sup className="refs" data-testid="report-refs">
      [
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 && ", "}
          <a href={`#ref-${n}`}>{n}</a>
        </span>
      ))}
      ]
    </sup>
  );
}

/** A scale position as the matrix shows it: its label on its tone. */
function Level({ label, tone }: { label: string | null; tone: number | null }) {
  if (!label) return null;
  return <LevelChip tone={tone ?? 3}>{label}</LevelChip>;
}

export async function Cover({ cover }: { cover: Briefing["cover"] }) {
  const t = await getTranslations("report.cover");
  return (
    <section className="report-cover" data-part="cover" data-testid="report-cover">
      <p className="report-kicker">{cover.kicker}</p>
      <h1>{cover.title}</h1>
      <p className="report-lede">{cover.lede}</p>
      <dl className="report-facts">
        {cover.facts.map((f) => (
          <div key={f.key} data-fact={f.key}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
        <div data-fact="permalink">
          <dt>{t("permalink")}</dt>
          <dd>
            <a href={cover.permalink} data-testid="report-permalink" className="report-url">
              {cover.permalink}
            </a>
          </dd>
        </div>
      </dl>
    </section>
  );
}

export async function Contrasts({ briefing }: { briefing: Briefing }) {
  const t = await getTranslations("report.contrasts");
  const { countries } = briefing;
  return (
    <section className="report-section" data-part="contrasts" data-testid="report-contrasts">
      <h2>{t("title")}</h2>
      <p className="muted">{t("lede")}</p>
      <table className="report-table">
        <CountryHead countries={countries} />
        <tbody>
          {briefing.contrasts.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              {row.cells.map((cell) => (
                <td key={cell.country}>
                  <Level label={cell.levelLabel} tone={cell.tone} />
                  {cell.gist ? (
                    <p className="report-gist">
                      {cell.gist}
                      <Refs numbers={cell.refs} />
                    </p>
                  ) : (
                    <Refs numbers={cell.refs} />
                  )}
                  {cell.rules.length > 0 && (
                    <ul className="report-rules">
                      {cell.rules.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t("figures")}</h3>
      {briefing.figures.length > 0 && (
        <ul className="report-figures">
          {briefing.figures.map((f) => (
            <li key={f.key}>
              <strong>{f.country}</strong> · {f.name}: {f.value}
              <Refs numbers={f.refs} />
            </li>
          ))}
        </ul>
      )}
      {briefing.countriesWithoutFigures.length > 0 && (
        <p className="muted">
          {t("noFigures", { countries: briefing.countriesWithoutFigures.join(" · ") })}
        </p>
      )}
    </section>
  );
}

export async function MatrixSection({ briefing }: { briefing: Briefing }) {
  const t = await getTranslations("report.matrix");
  const { legend, more } = briefing.matrixNotes;
  return (
    <section className="report-section" data-part="matrix" data-testid="report-matrix">
      <h2>{t("title")}</h2>
      <p className="muted">{t("lede")}</p>
      <table className="report-table report-matrix">
        <CountryHead countries={briefing.countries} />
        <tbody>
          {briefing.matrix.map((row) => (
            <tr key={row.key} data-dimension={row.key}>
              <th scope="row">
                {row.name}
                <span className="report-dimension-note">{row.description}</span>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.country} data-country={cell.country}>
                  <div className="report-cell-head">
                    <Level label={cell.levelLabel} tone={cell.tone} />
                    {cell.notes.map((n) => (
                      <span key={n} className="note-number" data-testid="report-note-number">
                        {n}
                      </span>
                    ))}
                  </div>
                  {cell.summary === null ? (
                    <p className="muted">{t("notAssessed")}</p>
                  ) : (
                    <p className="report-summary" data-testid="report-summary">
                      {cell.summary}
                      <Refs numbers={cell.refs} />
                    </p>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {legend.length > 0 && (
        <>
          <h3>{t("notes")}</h3>
          <ol className="report-notes-legend" data-testid="report-matrix-notes">
            {legend.map((l) => (
              <li key={l.n} value={l.n}>
                <strong>{l.author}</strong>: {l.text}
              </li>
            ))}
          </ol>
          {more > 0 && <p className="muted">{t("moreNotes", { count: more })}</p>}
        </>
      )}
    </section>
  );
}

export async function BibliographySection({
  bibliography,
}: {
  bibliography: Briefing["bibliography"];
}) {
  const t = await getTranslations("report.bibliography");
  const { entries, documents } = bibliography;
  return (
    <section className="report-section" data-part="bibliography" data-testid="report-bibliography">
      <h2>{t("title")}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <>
          <p className="muted">{t("lede")}</p>
          <h3>{t("documents")}</h3>
          <ul className="report-documents">
            {documents.map((d) => (
              <li key={d.key} data-document={d.key}>
                {d.label}
                {[d.publisher, d.date].filter(Boolean).map((part) => `, ${part}`)}
                {d.url && (
                  <>
                    {" "}
                    <a href={d.url} className="report-url">
                      {d.url}
                    </a>
                  </>
                )}
                <span className="muted"> ({t("quotes", { numbers: d.quotes.join(", ") })})</span>
              </li>
            ))}
          </ul>
          <ol className="report-entries" data-testid="report-entries">
            {entries.map((e) => (
              <li key={e.n} id={`ref-${e.n}`} value={e.n}>
                {e.kind === "source" ? (
                  <>
                    <q>{e.quote}</q>
                    {e.translation && (
                      <span className="report-translation">
                        {" "}
                        {t("translation")}: <q>{e.translation}</q>
                      </span>
                    )}{" "}
                    <span className="muted">
                      {documents.find((d) => d.key === e.document)?.label}
                    </span>{" "}
                    <a href={e.href} className="report-url report-passage">
                      {t("passage")}
                    </a>
                  </>
                ) : (
                  <>
                    <span className="badge">{t("external")}</span> {e.title}, {e.publisher},{" "}
                    {e.year}.{" "}
                    <a href={e.url} className="report-url">
                      {e.url}
                    </a>
                  </>
                )}
                {e.note && <span className="report-entry-note"> ({e.note})</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
