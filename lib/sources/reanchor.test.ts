import { describe, expect, it } from "vitest";
import {
  insertedParagraph,
  longDoc,
  quotes,
  regexDoc,
  regexQuote,
  shortDoc,
} from "@/testing/fixtures/reanchor-text";
import { type AnchorInput, reanchor, reanchorAll } from "./reanchor";

/** The anchor of the first occurrence of `quote` in `text`. */
function anchorOf(text: string, quote: string, from = 0): AnchorInput {
  const start = text.indexOf(quote, from);
  if (start === -1) throw new Error(`not in the text: ${quote}`);
  return { quote, start, end: start + quote.length };
}

describe("reanchor", () => {
  it("anchors every quote in place when the text is unchanged", () => {
    const anchors = Object.values(quotes)
      .filter((q) => shortDoc.includes(q))
      .map((q) => anchorOf(shortDoc, q));
    const results = reanchorAll(shortDoc, shortDoc, anchors);
    expect(results).toHaveLength(anchors.length);
    results.forEach((r, i) => {
      expect(r).toMatchObject({ status: "anchored", method: "exact-position" });
      expect([r.start, r.end]).toEqual([anchors[i].start, anchors[i].end]);
    });
  });

  it("moves quotes after an inserted paragraph by its length", () => {
    const next = insertedParagraph + shortDoc;
    for (const q of [quotes.japan, quotes.singapore, quotes.europe]) {
      const old = anchorOf(shortDoc, q);
      const r = reanchor(shortDoc, next, old);
      expect(r).toMatchObject({ status: "moved", method: "context" });
      expect(r.start).toBe(old.start + insertedParagraph.length);
      expect(next.slice(r.start, r.end)).toBe(q);
    }
  });

  it("orphans a quote whose wording changed, and keeps it in the output", () => {
    const next = shortDoc.replace(quotes.singapore, quotes.rewordedSingapore);
    const anchors = [anchorOf(shortDoc, quotes.japan), anchorOf(shortDoc, quotes.singapore)];
    const results = reanchorAll(shortDoc, next, anchors);
    expect(results.map((r) => r.status)).toEqual(["anchored", "orphaned"]);
    expect(results[1]).toEqual({ status: "orphaned", quote: quotes.singapore, candidates: 0 });
  });

  it("lets the context pick between two occurrences, over the one nearer the old offset", () => {
    // The inserted copy lands exactly on the old offset; only the context says it is the wrong one.
    const old = anchorOf(shortDoc, quotes.smartCity);
    const decoy = `试点${quotes.smartCity}。`;
    const next = shortDoc.slice(0, old.start - 2) + decoy + shortDoc.slice(old.start - 2);
    const r = reanchor(shortDoc, next, old);
    expect(r).toMatchObject({ status: "moved", method: "context", candidates: 2 });
    expect(r.start).toBe(old.start + decoy.length);
  });

  it("still finds a quote by context when the suffix was edited and 16+ prefix chars remain", () => {
    const old = anchorOf(shortDoc, quotes.singapore);
    const next =
      insertedParagraph + shortDoc.slice(0, old.end) + "，另有修改" + shortDoc.slice(old.end + 3);
    const decoyed = next + quotes.singapore; // a lone copy elsewhere must not win
    const r = reanchor(shortDoc, decoyed, old);
    expect(r).toMatchObject({ status: "moved", method: "context", candidates: 2 });
    expect(r.start).toBe(old.start + insertedParagraph.length);
  });

  it("anchors quotes at the very start and end, where the context is cut", () => {
    const first = anchorOf(shortDoc, quotes.first);
    const last = anchorOf(shortDoc, quotes.last);
    expect([first.start, last.end]).toEqual([0, shortDoc.length]);
    const next = insertedParagraph + shortDoc + insertedParagraph.trim();
    const [a, b] = reanchorAll(shortDoc, next, [first, last]);
    expect(a).toMatchObject({ status: "moved", method: "context" });
    expect(a.start).toBe(insertedParagraph.length);
    expect(b).toMatchObject({ status: "moved", method: "context" });
    expect(next.slice(b.start, b.end)).toBe(quotes.last);
  });

  it("takes regex metacharacters in a quote literally", () => {
    const old = anchorOf(regexDoc, regexQuote);
    const moved = reanchor(regexDoc, insertedParagraph + regexDoc, old);
    expect(moved).toMatchObject({ status: "moved", method: "context", candidates: 1 });
    expect(moved.start).toBe(old.start + insertedParagraph.length);
    // With the context rewritten only the quote is left to find it by.
    const rewritten = `${insertedParagraph}${regexQuote}${insertedParagraph}`;
    expect(reanchor(regexDoc, rewritten, old)).toMatchObject({
      status: "moved",
      method: "quote",
      start: insertedParagraph.length,
      candidates: 1,
    });
  });

  it("never throws on an anchor whose offsets do not match the old text", () => {
    const results = reanchorAll(shortDoc, shortDoc, [
      { quote: "", start: 0, end: 0 },
      { quote: quotes.europe, start: -5, end: 3 },
    ]);
    expect(results.map((r) => r.status)).toEqual(["orphaned", "moved"]);
    expect(results[1].method).toBe("quote");
  });

  it("re-anchors 200 citations in a 130,000-character document well under a second", () => {
    const old = longDoc(130_000);
    const cut = old.indexOf("\n", 65_000) + 1;
    const next = old.slice(0, cut) + insertedParagraph + old.slice(cut);
    const anchors = Array.from({ length: 200 }, (_, i): AnchorInput => {
      let start = Math.floor((i * old.length) / 200) + 7;
      const length = 6 + (i % 12);
      // None across the insertion; one right after it, where only its suffix can find it.
      if ((start < cut && start + length > cut) || i === 101) start = cut;
      return { quote: old.slice(start, start + length), start, end: start + length };
    });
    const began = performance.now();
    const results = reanchorAll(old, next, anchors);
    const ms = performance.now() - began;
    console.info(`reanchorAll: 200 citations, ${old.length} chars, ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(2000);
    results.forEach((r, i) => {
      const a = anchors[i];
      const after = a.start >= cut;
      expect(r.status).toBe(after ? "moved" : "anchored");
      expect(r.start).toBe(after ? a.start + insertedParagraph.length : a.start);
      expect(next.slice(r.start, r.end)).toBe(a.quote);
    });
  });
});
