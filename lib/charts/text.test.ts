import { describe, expect, it } from "vitest";
import { escapeXml as esc } from "./svg-markup";
import { textWidth, wrap } from "./text";

describe("wrap", () => {
  it("breaks Chinese between characters and English at spaces, within the width", () => {
    expect(wrap("中国智慧城市建设主要采用自上而下的模式", 13 * 8, 13)).toEqual([
      "中国智慧城市建设",
      "主要采用自上而下",
      "的模式",
    ]);
    const english = wrap("Japan mainly follows a bottom-up model", 120, 13);
    expect(english.join(" ")).toBe("Japan mainly follows a bottom-up model");
    expect(english.length).toBeGreaterThan(1);
    for (const line of english) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
  });

  it("keeps closing punctuation on the line before, and cuts to the line limit with an ellipsis", () => {
    expect(wrap("中国智慧城市建设。主要", 13 * 8, 13)[0]).toBe("中国智慧城市建设。");
    const cut = wrap("一二三四五六七八九十一二三四五六七八九十", 13 * 5, 13, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1].endsWith("…")).toBe(true);
  });
});

describe("esc", () => {
  it("escapes markup in text and attributes", () => {
    expect(esc(`<script>"x" & 'y'</script>`)).toBe(
      "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;",
    );
  });
});
