import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownBody } from "./markdown-body";

const html = (source: string) => renderToStaticMarkup(<MarkdownBody source={source} />);

describe("MarkdownBody", () => {
  it("renders Markdown", () => {
    expect(html("**Top-down** in *China*\n\n- a\n- b")).toContain(
      "<strong>Top-down</strong> in <em>China</em>",
    );
  });

  it("never turns raw HTML or script into elements", () => {
    for (const payload of [
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)">x</a>',
      "<iframe src=//evil.example></iframe>",
    ]) {
      const out = html(`before ${payload} after`);
      expect(out, payload).not.toMatch(/<script|<img|<iframe|onerror|javascript:/i);
    }
  });

  it("drops dangerous link targets and marks external links", () => {
    expect(html("[x](javascript:alert(1))")).not.toContain("javascript:");
    expect(html("[x](data:text/html,<script>alert(1)</script>)")).not.toContain("data:");
    expect(html("[report](https://example.org/r)")).toContain(
      'href="https://example.org/r" target="_blank" rel="noopener noreferrer nofollow"',
    );
    expect(html("[matrix](/matrix?countries=CN,JP)")).toBe(
      '<div class="markdown-body" data-testid="markdown-body"><p><a href="/matrix?countries=CN,JP">matrix</a></p></div>',
    );
  });

  it("shows an image as its alt text, loading nothing", () => {
    expect(html("![chart](https://evil.example/track.png)")).not.toContain("<img");
  });
});
