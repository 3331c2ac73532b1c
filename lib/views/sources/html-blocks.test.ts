import { describe, expect, it } from "vitest";
import { frontMatterEnd, htmlBlocks } from "./html-blocks";
import { highlight, shownText } from "./segments";

const readable = (html: string) =>
  htmlBlocks(html).map((b) => [b.kind, b.pieces.map((p) => p.text).join("")]);

describe("htmlBlocks", () => {
  it("renders headings and paragraphs without tags, front matter or extra white space", () => {
    const html =
      '---\nlayout: Page\n---\n<div>\n  <h1 style="x"><strong>Title</strong></h1>\n\t<p style="font-size:24px;">Part</p>\n<p>one  \n two</p><script>no()</script></div>';
    expect(readable(html)).toEqual([
      ["title", "Title"],
      ["heading", "Part"],
      ["paragraph", "one two"],
    ]);
    expect(frontMatterEnd(html)).toBe("---\nlayout: Page\n---\n".length);
  });

  it("decodes entities and keeps every piece at its raw offsets", () => {
    const html = "<p>A &amp; B&#x4E2D;&lt;C&gt; D</p>";
    expect(readable(html)).toEqual([["paragraph", "A & B中<C> D"]]);
    for (const p of htmlBlocks(html).flatMap((b) => b.pieces)) {
      if (p.verbatim) expect(html.slice(p.start, p.end)).toBe(p.text);
      else expect(html.slice(p.start, p.end)).toMatch(/^&[#\w]+;$|^\s+$/);
    }
    // "B&#x4E2D;" is cited: the highlight shows the decoded character, the raw range stays intact.
    const start = html.indexOf("B&#x");
    const end = html.indexOf("&lt;");
    const blocks = highlight(htmlBlocks(html), [{ id: "q", start, end }]);
    expect(shownText(blocks, "q")).toBe("B中");
    const runs = blocks[0].segments.filter((s) => s.covers.includes("q"));
    expect([runs[0].start, runs.at(-1)!.end]).toEqual([start, end]);
    expect(blocks[0].segments.map((s) => s.text).join("")).toBe("A & B中<C> D");
  });
});
