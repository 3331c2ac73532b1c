import { describe, expect, it } from "vitest";
import type { ViewState } from "@/lib/view-state/state";
import { publishedViewKey } from "./cache-key";

const state: ViewState = {
  countries: ["CN", "JP"],
  dims: null,
  lang: "zh",
  view: "chart",
  from: null,
  to: null,
  focus: null,
  version: null,
  preview: null,
};
const view = {
  dataset: { kind: "published" as const, version: 3 },
  path: "/matrix",
  state,
  reviewed: {},
};
const key = (changes: Partial<typeof view>) =>
  JSON.stringify(publishedViewKey({ ...view, ...changes }));
const withState = (changes: Partial<ViewState>) => key({ state: { ...state, ...changes } });

describe("the cache key of a published view", () => {
  it("is the same for the same view", () => {
    expect(key({})).toBe(key({ state: { ...state } }));
  });

  it("changes with the dataset version, the page, the language and every view-state field", () => {
    const base = key({});
    const others = [
      key({ dataset: { kind: "published", version: 4 } }),
      key({ path: "/" }),
      withState({ lang: "en" }),
      withState({ countries: ["CN", "KR"] }),
      withState({ countries: ["JP", "CN"] }),
      withState({ dims: ["development-model"] }),
      withState({ view: "table" }),
      withState({ from: 2010 }),
      withState({ to: 2020 }),
      withState({ focus: "CN:development-model" }),
    ];
    for (const other of others) expect(other).not.toBe(base);
    expect(new Set(others).size).toBe(others.length);
  });

  it("changes with the reviewed marks, whatever order they were read in", () => {
    const at = new Date("2026-11-01T08:00:00Z");
    const a = { reviewer: "Eda", reviewedAt: at };
    const b = { reviewer: "Li Ming", reviewedAt: at };
    expect(key({ reviewed: { x: a } })).not.toBe(key({}));
    expect(key({ reviewed: { x: a } })).not.toBe(key({ reviewed: { x: b } }));
    expect(key({ reviewed: { x: a, y: b } })).toBe(key({ reviewed: { y: b, x: a } }));
    expect(key({ reviewed: { x: a } })).not.toBe(
      key({ reviewed: { x: { ...a, reviewedAt: new Date("2026-11-02T08:00:00Z") } } }),
    );
  });

  it("holds nothing of the reader, and is absent for a pinned version or a preview", () => {
    expect(Object.keys(publishedViewKey(view)!).sort()).toEqual([
      "path",
      "reviewed",
      "state",
      "version",
    ]);
    expect(
      publishedViewKey({
        ...view,
        dataset: { kind: "pinned", version: 2, latest: 3, publishedAt: null },
      }),
    ).toBeNull();
    expect(
      publishedViewKey({
        ...view,
        dataset: { kind: "preview", id: "r1", title: "t", latest: 3 },
      }),
    ).toBeNull();
  });
});
