import { describe, expect, it } from "vitest";
import { pageCounterContent, pageCss, parsePaper } from "./paper";

describe("the briefing's paper", () => {
  it("reads the paper from the address, A4 unless it says letter", () => {
    expect(parsePaper("letter")).toBe("letter");
    expect(parsePaper(undefined)).toBe("a4");
    expect(parsePaper(["letter"])).toBe("a4");
    expect(parsePaper("legal")).toBe("a4");
  });

  it("turns a page-number message into page counters with quoted text, in both languages", () => {
    expect(pageCounterContent("Page {page} of {pages}")).toBe(
      '"Page " counter(page) " of " counter(pages)',
    );
    expect(pageCounterContent("\u7B2C {page} \u9875\uFF0C\u5171 {pages} \u9875")).toBe(
      '"\u7B2C " counter(page) " \u9875\uFF0C\u5171 " counter(pages) " \u9875"',
    );
  });

  it("sizes the page and escapes a title that could close the CSS string", () => {
    const css = pageCss("letter", "{page}/{pages}", 'Say "hi" \\ </style>');
    expect(css).toContain("size: letter portrait");
    expect(css).toContain('content: "Say \\"hi\\" \\\\ \\3C /style>"');
    expect(css).not.toContain("</");
    expect(pageCss("a4", "{page}", "t")).toContain("size: A4 portrait");
  });
});
