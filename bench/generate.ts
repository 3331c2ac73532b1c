import { randomUUID } from "node:crypto";
import { type AnnotationTarget } from "@/lib/annotations/targets";
import { targetKey } from "@/lib/annotations/target-keys";
import {
  DATASET_FORMAT,
  type Citation,
  type Dataset,
  type DatasetDimension,
  type DatasetSource,
} from "@/lib/dataset/schema";

// The 100× dataset of issue 15: 20 countries, 60 dimensions (every assessment filled in), 2,000
// timeline events, 5,000 observations and 200 actors, every fact citing an exact sentence of a
// generated source text; and annotations spread over matrix cells, events, chart points and views,
// with reply threads. Deterministic: the same sizes give the same data. Synthetic, for load only.

export const SCALE_100 = {
  countries: 20,
  dimensions: 60,
  events: 2_000,
  observations: 5_000,
  indicators: 50,
  actors: 200,
  annotations: 100_000,
};
export type Sizes = typeof SCALE_100;

const REAL_COUNTRIES = ["CN", "JP", "US", "SG", "KR", "IN", "EU"];
const GROUPS = ["model", "motivation", "actors", "data", "evolution", "outreach"] as const;
const EVENT_KINDS = ["stage", "policy", "law", "standard", "pilot", "event"] as const;
const ACTOR_TYPES = ["government", "enterprise", "citizens", "international", "academic"] as const;

/** Chinese-looking filler (CJK code points, so the code itself holds no Chinese). */
function han(seed: number, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++)
    out += String.fromCharCode(0x4e00 + ((seed * 7_919 + i * 104_729) % 20_000));
  return out;
}

function countryKeys(n: number): string[] {
  const keys = REAL_COUNTRIES.slice(0, n);
  for (let i = 0; keys.length < n; i++) {
    const key = String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26));
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** One generated source per country; each call of `cite` appends the sentence it quotes. */
class SourceWriter {
  private text = "";
  constructor(readonly key: string) {}
  cite(n: number, about: string): Citation {
    const quote = `${han(n, 24)}${n}.`;
    const start = this.text.length;
    this.text += `${quote}\n`;
    return {
      kind: "source",
      source: this.key,
      quote,
      start,
      end: start + quote.length,
      translationEn: `Generated sentence ${n} about ${about}.`,
    };
  }
  source(country: string): DatasetSource {
    return {
      key: this.key,
      file: `${this.key}.txt`,
      titleZh: `${han(country.charCodeAt(0), 8)} ${country}`,
      titleEn: `Generated source for ${country}`,
      author: "bench",
      language: "zh-CN",
      kind: "report",
      format: "text",
      noteZh: han(7, 20),
      noteEn: "Generated for the benchmark: synthetic text, not evidence.",
      text: this.text,
    };
  }
}

function dimension(i: number): DatasetDimension {
  const scaled = i % 2 === 0;
  return {
    key: `dim-${i + 1}`,
    group: GROUPS[i % GROUPS.length],
    order: i + 1,
    nameZh: han(i + 1_000, 6),
    nameEn: `Dimension ${i + 1}`,
    descriptionZh: han(i + 2_000, 40),
    descriptionEn: `What dimension ${i + 1} compares, in one generated sentence.`,
    ...(scaled && {
      scale: [1, 2, 3, 4, 5].map((level) => ({
        level,
        labelZh: han(level * 31 + i, 4),
        labelEn: `Level ${level}`,
        rubricZh: han(level * 37 + i, 30),
        rubricEn: `What level ${level} of dimension ${i + 1} means.`,
      })),
    }),
  };
}

export function generateDataset(sizes: Sizes = SCALE_100): Dataset {
  const countries = countryKeys(sizes.countries);
  const writers = new Map(countries.map((c) => [c, new SourceWriter(`bench-${c.toLowerCase()}`)]));
  let sentence = 0;
  const cite = (country: string, about: string) => [writers.get(country)!.cite(sentence++, about)];
  const dimensions = Array.from({ length: sizes.dimensions }, (_, i) => dimension(i));
  const assessments = countries.flatMap((country, c) =>
    dimensions.map((d, i) => ({
      country,
      dimension: d.key,
      summaryZh: han(c * 100 + i, 60),
      summaryEn: `Generated summary of ${country} on ${d.nameEn}: two sentences of ordinary length for a matrix cell.`,
      ...(d.scale && { level: ((c + i) % 5) + 1 }),
      confidence: (["high", "medium", "low"] as const)[(c + i) % 3],
      citations: cite(country, `${country} × ${d.key}`),
    })),
  );
  const timeline = Array.from({ length: sizes.events }, (_, i) => {
    const country = countries[i % countries.length];
    const year = 1990 + (i % 35);
    return {
      key: `bench-event-${i + 1}`,
      country,
      kind: EVENT_KINDS[i % EVENT_KINDS.length],
      start: String(year),
      ...(i % 4 === 0 && { end: String(year + 3) }),
      dimensions: [dimensions[i % dimensions.length].key],
      titleZh: han(i + 5_000, 12),
      titleEn: `Generated event ${i + 1}`,
      citations: cite(country, `event ${i + 1}`),
    };
  });
  const indicators = Array.from({ length: sizes.indicators }, (_, i) => ({
    key: `bench-indicator-${i + 1}`,
    nameZh: han(i + 6_000, 8),
    nameEn: `Indicator ${i + 1}`,
    unitZh: han(i + 7_000, 1),
    unitEn: "units",
  }));
  const observations = Array.from({ length: sizes.observations }, (_, i) => {
    const country = countries[i % countries.length];
    return {
      key: `bench-observation-${i + 1}`,
      indicator: indicators[i % indicators.length].key,
      country,
      value: 10 + ((i * 37) % 9_000),
      comparator: (["exact", "approx", "more-than"] as const)[i % 3],
      year: 2000 + (i % 25),
      citations: cite(country, `observation ${i + 1}`),
    };
  });
  const actors = Array.from({ length: sizes.actors }, (_, i) => {
    const country = countries[i % countries.length];
    return {
      key: `bench-actor-${i + 1}`,
      country,
      type: ACTOR_TYPES[i % ACTOR_TYPES.length],
      nameZh: han(i + 8_000, 6),
      nameEn: `Actor ${i + 1}`,
      roles: [0, 1].map((r) => ({
        dimension: dimensions[(i + r * 7) % dimensions.length].key,
        roleZh: han(i * 2 + r, 20),
        roleEn: `Generated role ${r + 1} of actor ${i + 1}.`,
        citations: cite(country, `actor ${i + 1}`),
      })),
    };
  });
  return {
    format: DATASET_FORMAT,
    version: 1,
    sources: countries.map((c) => writers.get(c)!.source(c)),
    countries: countries.map((key, i) => ({
      key,
      nameZh: han(i + 9_000, 3),
      nameEn: i < REAL_COUNTRIES.length ? `Country ${key}` : `Generated country ${key}`,
      coverage: "full" as const,
    })),
    dimensions,
    assessments,
    timeline,
    indicators,
    observations,
    actors,
  };
}

export interface AnnotationRow {
  id: string;
  authorId: string;
  parentId: string | null;
  targetKind: string;
  targetKey: string;
  target: AnnotationTarget;
  body: string;
  tags: string[];
  status: "open" | "resolved";
}

/** `count` annotations over the dataset's targets, some of them replies in a thread. */
export function generateAnnotations(
  data: Dataset,
  count: number,
  authors: string[],
): AnnotationRow[] {
  const rows: AnnotationRow[] = [];
  const targets = (i: number): AnnotationTarget => {
    const spread = Math.floor(i / 4);
    const country = data.countries[spread % data.countries.length].key;
    switch (i % 4) {
      case 0: {
        const dimension = data.dimensions[Math.floor(spread / 20) % data.dimensions.length].key;
        return { kind: "assessment", country, dimension };
      }
      case 1:
        return { kind: "event", event: data.timeline[i % data.timeline.length].key };
      case 2:
        return {
          kind: "observation",
          observation: data.observations[i % data.observations.length].key,
        };
      default:
        return { kind: "view", path: "/matrix" };
    }
  };
  for (let i = 0; i < count; i++) {
    // Replies (about one in seven) take the target of the note they answer.
    const parent = i % 5 === 4 && i % 4 !== 0 ? rows[i - 1 - (i % 3)] : undefined;
    const target = parent?.target ?? targets(i);
    rows.push({
      id: randomUUID(),
      authorId: authors[i % authors.length],
      parentId: parent ? (parent.parentId ?? parent.id) : null,
      targetKind: target.kind,
      targetKey: targetKey(target),
      target,
      body: `Generated note ${i + 1}: *check* the source again.`,
      tags: i % 7 === 0 ? ["bench", `tag-${i % 11}`] : [],
      status: i % 9 === 0 ? "resolved" : "open",
    });
  }
  return rows;
}
