import { describe, expect, it } from "vitest";
import { missingTarget } from "@/lib/annotations/targets";
import { seedData } from "@/testing/seed-data";
import { htmlBlocks } from "./html-blocks";
import { highlight } from "./segments";
import { mapSelection, MAX_QUOTE, passageTarget, QUOTE_CONTEXT, type RunBox } from "./selection";

/** The runs of a rendered document, as the browser reads them off the `data-raw` spans. */
const runsOf = (
  segments: { start: number; end: number; verbatim: boolean; text: string }[],
): RunBox[] =>
  segments.map((s) => ({
    start: s.start,
    end: s.end,
    verbatim: s.verbatim,
    length: s.text.length,
  }));

describe("mapSelection", () => {
  const text = "前言：智慧城市本质上是基于新一代信息技术。";
  const one: RunBox[] = [
    { start: 100, end: 100 + text.length, verbatim: true, length: text.length },
  ];

  it("maps a Chinese selection inside one run to raw offsets", () => {
    const from = text.indexOf("智慧城市");
    expect(mapSelection(one, from, from + 4)).toEqual({
      ok: true,
      start: 100 + from,
      end: 104 + from,
    });
  });

  it("maps a selection crossing two runs with markup between them (offsets are raw, not shown)", () => {
    const html = "<p>城市<strong>治理</strong>现代化</p>";
    const segments = highlight(htmlBlocks(html), []).flatMap((b) => b.segments);
    expect(segments.map((s) => s.text)).toEqual(["城市", "治理", "现代化"]);
    // From "市" to "治": the second character of run 0 to the first of run 1.
    const mapped = mapSelection(runsOf(segments.slice(0, 2)), 1, 1);
    expect(mapped).toEqual({ ok: true, start: html.indexOf("市"), end: html.indexOf("治") + 1 });
    if (mapped.ok) expect(html.slice(mapped.start, mapped.end)).toBe("市<strong>治");
  });

  it("refuses a selection across a decoded entity, and one over collapsed white space", () => {
    const html = "<p>A &amp; B</p><p>one\n   two</p>";
    const [first, second] = highlight(htmlBlocks(html), []).map((b) => runsOf(b.segments));
    expect(first.map((r) => r.verbatim)).toEqual([true, false, true]);
    expect(mapSelection(first, 0, 2)).toEqual({ ok: false, reason: "inexact" });
    expect(mapSelection(second, 1, 2)).toEqual({ ok: false, reason: "inexact" });
    // Beside the entity, the same paragraph maps: runs touched only at their edge are dropped.
    expect(mapSelection(first.slice(0, 2), 0, 0)).toEqual({
      ok: true,
      start: html.indexOf("A"),
      end: html.indexOf("A") + 2,
    });
    expect(mapSelection(first.slice(1), 1, 2)).toEqual({
      ok: true,
      start: html.indexOf(" B"),
      end: html.indexOf(" B") + 2,
    });
  });

  it("finds nothing in an empty selection and refuses one longer than the API takes", () => {
    expect(mapSelection([], 0, 0)).toEqual({ ok: false, reason: "empty" });
    expect(mapSelection(one, 3, 3)).toEqual({ ok: false, reason: "empty" });
    const long: RunBox[] = [
      { start: 0, end: MAX_QUOTE + 5, verbatim: true, length: MAX_QUOTE + 5 },
    ];
    expect(mapSelection(long, 0, MAX_QUOTE + 1)).toEqual({ ok: false, reason: "tooLong" });
    expect(mapSelection(long, 1, MAX_QUOTE + 1)).toEqual({
      ok: true,
      start: 1,
      end: MAX_QUOTE + 1,
    });
  });
});

describe("passageTarget", () => {
  const source = seedData.sources.find((s) => s.key === "cn-jp-comparison")!;

  it("quotes the stored text with up to 32 characters of context, which the API accepts", () => {
    const quote = "总体而言,我国智慧城市建设在实践过程中主要采用“自上而下”的建设模式。";
    const start = source.text.indexOf(quote);
    const target = passageTarget(source, start, start + quote.length);
    const [tq, tp] = target.selector;
    expect(tq.exact).toBe(quote);
    expect(tq.prefix).toBe(source.text.slice(start - QUOTE_CONTEXT, start));
    expect(tq.suffix).toBe(
      source.text.slice(start + quote.length, start + quote.length + QUOTE_CONTEXT),
    );
    expect(tp).toEqual({ type: "TextPositionSelector", start, end: start + quote.length });
    expect(missingTarget(target, seedData)).toBeNull();
  });

  it("leaves out empty context at the ends of the text and never cuts a character in two", () => {
    const text = `😀${"字".repeat(QUOTE_CONTEXT - 1)}引文${"字".repeat(QUOTE_CONTEXT - 1)}😀`;
    const start = text.indexOf("引文");
    const [quote] = passageTarget({ key: "x", text }, start, start + 2).selector;
    // 32 units back and forward would take half of each emoji.
    expect(quote.prefix).toBe("字".repeat(QUOTE_CONTEXT - 1));
    expect(quote.suffix).toBe("字".repeat(QUOTE_CONTEXT - 1));
    const [whole] = passageTarget({ key: "x", text: "全文" }, 0, 2).selector;
    expect(whole).toEqual({ type: "TextQuoteSelector", exact: "全文" });
  });
});
