import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { CSV_OPTIONS, escapeFormula } from "./options";

describe("CSV formula escaping (OWASP)", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    [' =HYPERLINK("http://evil.example")', '\' =HYPERLINK("http://evil.example")'],
    ["\t=1", "'\t=1"],
    ["  \t@x", "'  \t@x"],
    ["\tplain", "'\tplain"],
    ["\rplain", "'\rplain"],
    ["plain = text", "plain = text"],
    ["中国 = 日本", "中国 = 日本"],
    ["", ""],
  ])("%j → %j", (cell, expected) => {
    expect(escapeFormula(cell)).toBe(expected);
  });

  it("is applied to every string cell, and a spreadsheet reads the apostrophe back as text", () => {
    const csv = stringify(
      [
        ["a", " =1+1"],
        [2, "ok"],
      ],
      CSV_OPTIONS,
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(parse(csv, { bom: true })).toEqual([
      ["a", "' =1+1"],
      ["2", "ok"],
    ]);
  });
});
