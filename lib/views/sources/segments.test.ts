import { describe, expect, it } from "vitest";
import { textBlocks } from "./blocks";
import { highlight, shownText } from "./segments";

const span = (start: number, end: number) => ({ id: `${start}-${end}`, start, end });

describe("highlight", () => {
  it("splits overlapping and repeated spans into runs that know every span covering them", () => {
    const text = "0123456789abcdef";
    const blocks = highlight(textBlocks(text), [span(2, 8), span(5, 12), span(5, 12), span(5, 7)]);
    const runs = blocks[0].segments.map((s) => [s.text, s.covers]);
    expect(runs).toEqual([
      ["01", []],
      ["234", ["2-8"]],
      ["56", ["2-8", "5-7", "5-12", "5-12"]],
      ["7", ["2-8", "5-12", "5-12"]],
      ["89ab", ["5-12", "5-12"]],
      ["cdef", []],
    ]);
    for (const s of [span(2, 8), span(5, 12), span(5, 7)])
      expect(shownText(blocks, s.id)).toBe(text.slice(s.start, s.end));
  });

  it("marks where each span's first and last runs are, across paragraphs", () => {
    const text = "abc\ndef\nghi";
    const blocks = highlight(textBlocks(text), [span(1, 6)]);
    expect(blocks.map((b) => b.segments.map((s) => s.text))).toEqual([
      ["a", "bc"],
      ["de", "f"],
      ["ghi"],
    ]);
    expect(blocks[0].segments[1].first).toEqual(["1-6"]);
    expect(blocks[1].segments[0].last).toEqual(["1-6"]);
    expect(shownText(blocks, "1-6")).toBe("bcde");
  });
});

describe("textBlocks", () => {
  it("makes one paragraph per non-empty line, keeping raw offsets", () => {
    const text = "  first line \n\n\r\nsecond\n";
    const blocks = textBlocks(text);
    expect(blocks.map((b) => b.pieces.map((p) => p.text))).toEqual([["first line"], ["second"]]);
    for (const p of blocks.flatMap((b) => b.pieces))
      expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
