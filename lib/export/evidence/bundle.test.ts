import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildMatrix } from "@/lib/charts/matrix/model";
import { buildTimeline } from "@/lib/charts/timeline/model";
import { tableCsv } from "@/lib/export/csv";
import type { ViewState } from "@/lib/view-state/state";
import { seedData } from "@/testing/seed-data";
import { evidenceBundle } from "./bundle";
import { EVIDENCE_COLUMNS } from "./rows";

const ORIGIN = "https://compare.example.org";
const NOW = new Date(Date.UTC(2026, 11, 6, 3, 30));
const view = (patch: Partial<ViewState> = {}): ViewState => ({
  countries: ["CN", "JP"],
  dims: null,
  lang: "en",
  view: "table",
  from: null,
  to: null,
  focus: null,
  ...patch,
});
const bundle = (state: ViewState, chart: "matrix" | "timeline" = "matrix") => {
  const model = chart === "matrix" ? buildMatrix(seedData, state) : buildTimeline(seedData, state);
  const { zip } = evidenceBundle({
    chart,
    model,
    data: seedData,
    state,
    version: 3,
    origin: ORIGIN,
    name: `scc-${chart}`,
    now: NOW,
  });
  const files = Object.fromEntries(
    // Kept byte for byte: the CSVs start with a byte-order mark, as export.csv does.
    Object.entries(unzipSync(zip)).map(([name, bytes]) => [
      name,
      new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
    ]),
  );
  return { files, model };
};

describe("the data-and-evidence zip", () => {
  it("holds the data CSV, the evidence CSV and a README", () => {
    const { files, model } = bundle(view());
    expect(Object.keys(files).sort()).toEqual(
      ["README.md", "scc-matrix-evidence.csv", "scc-matrix.csv"].sort(),
    );
    expect(files["scc-matrix.csv"]).toBe(
      tableCsv(model.table, { label: "Dataset version", number: 3 }),
    );
    const [header, ...rows] = parse(files["scc-matrix-evidence.csv"], { bom: true }) as string[][];
    expect(header).toEqual([...EVIDENCE_COLUMNS]);
    expect(rows.length).toBeGreaterThan(20);
  });

  it("README: version, permalink, export date, every source cited, caveats, scales and the licence note", () => {
    const { files } = bundle(view({ dims: ["development-model", "security-compliance"] }));
    const readme = files["README.md"];
    expect(readme).toContain("Dataset version: 3");
    expect(readme).toContain(
      `View: ${ORIGIN}/matrix?countries=CN,JP&dims=development-model,security-compliance&lang=en&version=3`,
    );
    expect(readme).toContain("2026-12-06");
    const cited = new Set(
      (
        parse(files["scc-matrix-evidence.csv"], { bom: true, columns: true }) as Record<
          string,
          string
        >[]
      )
        .map((r) => r.source_id)
        .filter(Boolean),
    );
    expect(cited.size).toBeGreaterThan(0);
    for (const key of cited) {
      const source = seedData.sources.find((s) => s.key === key)!;
      expect(readme).toContain(source.titleEn);
      expect(readme).toContain(source.file);
      expect(readme).toContain(source.authorEn ?? source.author);
    }
    // Japan's security-compliance cell is empty: the sources are silent there.
    expect(readme).toMatch(/1 place in this view where the sources are silent/);
    expect(readme).toMatch(/quotes? carr(y|ies) a note from the dataset/);
    // Japan's coverage, as the dataset notes it.
    expect(readme).toContain(`Japan: ${seedData.countries.find((c) => c.key === "JP")!.noteEn}`);
    // The development-model scale, as the dataset words it.
    const scale = seedData.dimensions.find((d) => d.key === "development-model")!.scale!;
    for (const level of scale) expect(readme).toContain(level.rubricEn);
    expect(readme).toContain("## Licence");
    expect(readme).toContain("No licence is stated.");
  });

  it("is written in the view's language, and names only the sources it cites", () => {
    const { files } = bundle(view({ lang: "zh", countries: ["CN", "US"] }), "timeline");
    const readme = files["README.md"];
    expect(readme).toContain("数据集版本：3");
    expect(readme).toContain("未声明任何许可");
    expect(readme).toContain("/charts/timeline?countries=CN,US&lang=zh&version=3");
    // The timeline of China cites the comparative article only.
    const comparison = seedData.sources.find((s) => s.key === "cn-jp-comparison")!;
    const ndrc = seedData.sources.find((s) => s.key === "ndrc-international-cooperation")!;
    const evidence = files["scc-timeline-evidence.csv"];
    for (const source of [comparison, ndrc])
      expect(readme.includes(source.file), source.key).toBe(evidence.includes(source.file));
  });
});
