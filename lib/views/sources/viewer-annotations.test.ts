import { describe, expect, it } from "vitest";
import { missingTarget, type AnnotationTarget } from "@/lib/annotations/targets";
import { targetKey } from "@/lib/annotations/target-keys";
import type { AnnotationView } from "@/lib/annotations/types";
import { seedData as data, viewStateOf } from "@/testing/seed-data";
import { passageTarget, type PassageTarget } from "./selection";
import { shownText } from "./segments";
import { buildSourceViewer } from "./viewer";

const KEY = "cn-jp-comparison";
const source = data.sources.find((s) => s.key === KEY)!;
const TOP_DOWN = "总体而言,我国智慧城市建设在实践过程中主要采用“自上而下”的建设模式。";
const topStart = source.text.indexOf(TOP_DOWN);
const topId = `${topStart}-${topStart + TOP_DOWN.length}`;

let serial = 0;
function note(
  target: PassageTarget | AnnotationTarget[],
  patch: Partial<AnnotationView> = {},
): AnnotationView {
  const at = new Date(Date.UTC(2026, 0, 1, 0, serial++)).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, "0")}`,
    parentId: null,
    targets: [target].flat(),
    targetKeys: [target].flat().map(targetKey),
    body: `note ${serial}`,
    tags: [],
    visibility: "team",
    status: "open",
    resolvedBy: null,
    resolvedAt: null,
    version: 1,
    author: { id: "u-analyst", name: "Analyst" },
    mentions: [],
    createdAt: at,
    updatedAt: at,
    editedAt: null,
    deletedAt: null,
    ...patch,
  };
}
const on = (quote: string, from = 0) => {
  const start = source.text.indexOf(quote, from);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  return passageTarget(source, start, start + quote.length);
};
/** A target whose offsets are off by `shift`: the text changed before it since it was written. */
const shifted = (t: PassageTarget, shift: number): PassageTarget => ({
  ...t,
  selector: [
    t.selector[0],
    { ...t.selector[1], start: t.selector[1].start + shift, end: t.selector[1].end + shift },
  ],
});
const view = (annotations: AnnotationView[], focus?: string) =>
  buildSourceViewer(data, viewStateOf(focus ? { focus } : {}, "en"), KEY, annotations)!;
const runs = (model: ReturnType<typeof view>) => model.blocks.flatMap((b) => b.segments);

/** Readable text no citation covers, for annotations that are not on a cited passage. */
const plain = runs(view([])).filter(
  (s) => s.covers.length === 0 && s.verbatim && s.text.length > 30,
);
const uncited = plain[0].text.slice(2, 20);
const another = plain[1].text.slice(2, 20);

describe("annotated passages in the source viewer", () => {
  it("underlines an annotated range inside a cited passage, counting replies but not deleted annotations", () => {
    const inner = on("“自上而下”", topStart);
    const root = note(inner);
    const model = view([
      root,
      note(inner, { parentId: root.id }),
      note(inner, { deletedAt: "2026-02-01T00:00:00.000Z" }),
      note(on(uncited)),
      note({ ...inner, source: "ndrc-international-cooperation" }),
    ]);
    const id = `${inner.selector[1].start}-${inner.selector[1].end}`;
    expect(model.annotated[id]).toMatchObject({ count: 2, moved: false });
    expect(Object.keys(model.annotated)).toHaveLength(2);
    expect(shownText(model.blocks, id, "notes")).toBe("“自上而下”");
    // The cited passage is still one passage with its text whole; its runs inside the range know both.
    expect(shownText(model.blocks, topId)).toBe(TOP_DOWN);
    const both = runs(model).filter((s) => s.notes.covers.includes(id));
    expect(both.every((s) => s.covers.includes(topId))).toBe(true);
    expect(runs(model).filter((s) => s.notes.last.includes(id))).toHaveLength(1);
    expect(runs(model).filter((s) => s.notes.first.includes(id))).toHaveLength(1);
  });

  it("places a note on several targets at each of its passages in this source, and not at its facts", () => {
    const a = on(uncited);
    const b = on(another);
    const fact: AnnotationTarget = {
      kind: "assessment",
      country: "CN",
      dimension: "development-model",
    };
    const two = note([a, b]);
    const withFact = note([fact, a]);
    const elsewhere = note([fact, { ...a, source: "ndrc-international-cooperation" }]);
    const model = view([two, withFact, elsewhere]);
    const [idA, idB] = [a, b].map((t) => `${t.selector[1].start}-${t.selector[1].end}`);
    expect(Object.keys(model.annotated).sort()).toEqual([idA, idB].sort());
    expect(model.annotated[idA]).toMatchObject({ count: 2, moved: false });
    expect(model.annotated[idB]).toMatchObject({ count: 1, moved: false });
    const focused = view([two, withFact, elsewhere], `passage:${idB}`).focused!;
    expect(focused.annotations.map((x) => x.id)).toEqual([two.id]);
  });

  it("orphans a note's lost passage but still places its other one", () => {
    const kept = on(uncited);
    const lost = on(another);
    const both = note([kept, lost]);
    const edited = {
      ...data,
      sources: data.sources.map((s) =>
        s.key === KEY ? { ...s, text: s.text.replace(another, "") } : s,
      ),
    };
    const model = buildSourceViewer(edited, viewStateOf({}, "en"), KEY, [both])!;
    const start = edited.sources.find((s) => s.key === KEY)!.text.indexOf(uncited);
    expect(Object.keys(model.annotated)).toEqual([`${start}-${start + uncited.length}`]);
    const lostId = `${lost.selector[1].start}-${lost.selector[1].end}`;
    expect(model.orphaned).toEqual([{ id: lostId, quote: another, annotations: [both] }]);
  });

  it("splits overlapping annotated ranges into runs that list every range covering them", () => {
    const a = on(uncited.slice(0, 10));
    const b = on(uncited.slice(5));
    const model = view([note(a), note(b), note(b)]);
    const [idA, idB] = [a, b].map((t) => `${t.selector[1].start}-${t.selector[1].end}`);
    expect([model.annotated[idA].count, model.annotated[idB].count]).toEqual([1, 2]);
    const covered = runs(model)
      .filter((s) => s.notes.covers.length > 0)
      .map((s) => [s.text, s.notes.covers]);
    expect(covered).toEqual([
      [uncited.slice(0, 5), [idA]],
      [uncited.slice(5, 10), [idA, idB]],
      [uncited.slice(10), [idB]],
    ]);
    expect(shownText(model.blocks, idA, "notes")).toBe(uncited.slice(0, 10));
    expect(shownText(model.blocks, idB, "notes")).toBe(uncited.slice(5));
  });

  it("focuses an annotated passage that nothing cites: its quote, its annotations and a target the API accepts", () => {
    const target = on(uncited);
    const id = `${target.selector[1].start}-${target.selector[1].end}`;
    const mine = note(target);
    const focused = view([mine], `passage:${id}`).focused!;
    expect(focused).toMatchObject({ id, cited: false, quote: uncited, items: [], moved: [] });
    expect(focused.annotations.map((a) => a.id)).toEqual([mine.id]);
    expect(focused.target).toEqual(target);
    expect(missingTarget(focused.target, data)).toBeNull();
    // A range nobody cites or annotates is still not a passage: a stale link is reported.
    const other = view([], `passage:${id}`);
    expect([other.focused, other.focusMissing]).toEqual([null, true]);
  });

  it("focuses a cited passage with its annotations and lists the annotated ranges overlapping it", () => {
    const whole = note(on(TOP_DOWN));
    const inner = on("“自上而下”", topStart);
    const model = view([whole, note(inner)], `passage:${topId}`);
    expect(model.focused).toMatchObject({ id: topId, cited: true, quote: TOP_DOWN });
    expect(model.focused!.items.length).toBeGreaterThan(0);
    expect(model.focused!.annotations.map((a) => a.id)).toEqual([whole.id]);
    expect(model.focused!.overlapping).toContainEqual(
      expect.objectContaining({
        id: `${inner.selector[1].start}-${inner.selector[1].end}`,
        quote: "“自上而下”",
        annotations: 1,
      }),
    );
    // Same range cited and annotated: one anchor, both badges at its last run.
    const last = runs(model).filter((s) => s.last.includes(topId));
    expect(last).toHaveLength(1);
    expect(last[0].notes.last).toContain(topId);
  });

  it("shows a moved annotation at its new place, labelled, and finds it by its old offsets too", () => {
    const moved = note(shifted(on(uncited), -7));
    const stayed = note(on(uncited));
    const stayedAt = (stayed.targets[0] as PassageTarget).selector[1];
    const id = `${stayedAt.start}-${stayedAt.end}`;
    const model = view([moved, stayed]);
    expect(model.annotated[id]).toMatchObject({ count: 2, moved: true });
    expect(model.orphaned).toEqual([]);
    const old = moved.targets[0].kind === "source-passage" ? moved.targets[0].selector[1] : null;
    const focused = view([moved, stayed], `passage:${old!.start}-${old!.end}`).focused!;
    expect(focused.id).toBe(id);
    expect(focused.moved.map((a) => a.id)).toEqual([moved.id]);
    expect(focused.annotations.map((a) => a.id)).toEqual([stayed.id]);
  });

  it("moves annotations when text is inserted before them, and orphans those whose quote is gone", () => {
    const kept = note(on(uncited));
    const lost = note(on(another));
    const reply = note(on(another), { parentId: lost.id });
    const lostId = `${source.text.indexOf(another)}-${source.text.indexOf(another) + another.length}`;
    // (The seed's citations are not moved with the text: this test looks at annotations only.)
    const edited = {
      ...data,
      sources: data.sources.map((s) =>
        s.key === KEY ? { ...s, text: `新增的一段。\n${s.text.replace(another, "")}` } : s,
      ),
    };
    const model = buildSourceViewer(edited, viewStateOf({}, "en"), KEY, [kept, lost, reply])!;
    const start = edited.sources.find((s) => s.key === KEY)!.text.indexOf(uncited);
    expect(model.annotated).toEqual({
      [`${start}-${start + uncited.length}`]: expect.objectContaining({ count: 1, moved: true }),
    });
    expect(model.orphaned).toEqual([{ id: lostId, quote: another, annotations: [lost, reply] }]);
    // Nothing is placed at the orphans' old offsets, and a link there leads to the orphans' list.
    expect(
      runs(model).some(
        (s) =>
          s.notes.covers.length > 0 &&
          s.start < Number(lostId.split("-")[1]) &&
          s.end > Number(lostId.split("-")[0]),
      ),
    ).toBe(false);
    const focused = buildSourceViewer(
      edited,
      viewStateOf({ focus: `passage:${lostId}` }, "en"),
      KEY,
      [kept, lost, reply],
    )!;
    expect([focused.focused, focused.focusOrphaned, focused.focusMissing]).toEqual([
      null,
      lostId,
      false,
    ]);
  });
});
