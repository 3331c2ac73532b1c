import { describe, expect, it } from "vitest";
import { markdownToPlain } from "./plain";

describe("markdownToPlain", () => {
  it("keeps the words and drops the markup", () => {
    expect(markdownToPlain("Mostly *bottom-up*, see **the act** and `w3cpeer`.")).toBe(
      "Mostly bottom-up, see the act and w3cpeer.",
    );
    expect(markdownToPlain("[The 2016 act](https://example.org/act) ![chart](x.png)")).toBe(
      "The 2016 act chart",
    );
  });

  it("puts blocks on one line, with a space between them, and keeps code's text", () => {
    expect(markdownToPlain("# Title\n\nFirst paragraph.\n\n```\ncode\n```\n\n- one\n- two")).toBe(
      "Title First paragraph. code one two",
    );
    expect(markdownToPlain("> quoted\n\nline one  \nline two")).toBe("quoted line one line two");
  });

  it("leaves characters that only look like markup in plain text alone", () => {
    expect(markdownToPlain("2 * 3 = 6 and snake_case_name, 约 20%")).toBe(
      "2 * 3 = 6 and snake_case_name, 约 20%",
    );
    expect(markdownToPlain("<b>bold</b> text")).toBe("bold text");
  });
});
