import { describe, expect, it } from "vitest";
import { codePointOffset } from "./offsets";

describe("codePointOffset", () => {
  it("counts a character beyond U+FFFF once", () => {
    const owner = { text: "a\u{1F600}b\u{1D518}\u{1D518}c" };
    const expected = [...owner.text].map((_, i) => i);
    // Every code point boundary, in UTF-16 units, maps to its code point count.
    let unit = 0;
    for (const [i, ch] of [...owner.text].entries()) {
      expect(codePointOffset(owner, unit)).toBe(expected[i]);
      unit += ch.length;
    }
    expect(codePointOffset(owner, owner.text.length)).toBe(6);
    expect(codePointOffset({ text: "plain" }, 3)).toBe(3);
  });
});
