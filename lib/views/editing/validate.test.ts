import { describe, expect, it } from "vitest";
import { findFact } from "@/lib/curation/facts";
import { translateKey } from "@/lib/i18n/translator";
import { seedData } from "@/testing/seed-data";
import { fieldName } from "./field-name";
import { checkFact, errorsUnder, problemsByField } from "./validate";

const published = findFact(seedData, "assessment", {
  country: "JP",
  dimension: "data-governance",
})!.value;

describe("checkFact", () => {
  it("finds nothing wrong with a published fact", () => {
    expect(checkFact("assessment", published, "en")).toEqual({});
  });

  it("names what is missing per field, in the reader's language", () => {
    const fact = { ...published, summaryEn: " ", citations: [] };
    for (const lang of ["zh", "en"] as const) {
      const errors = checkFact("assessment", fact, lang);
      expect(errors.summaryEn).toEqual([translateKey(lang, "validation.problems.empty")]);
      expect(errors.citations).toEqual([translateKey(lang, "validation.problems.needsCitation")]);
    }
    expect(checkFact("assessment", fact, "zh").summaryEn).not.toEqual(
      checkFact("assessment", fact, "en").summaryEn,
    );
  });

  it("reaches into citations and notes that must come in pairs", () => {
    const noEnglishNote = Object.fromEntries(
      Object.entries(published).filter(([name]) => name !== "noteEn"),
    );
    const errors = checkFact(
      "assessment",
      {
        ...noEnglishNote,
        citations: [{ kind: "external", title: "T", publisher: "P", year: 1800, url: "ftp://x" }],
      },
      "en",
    );
    expect(Object.keys(errors).sort()).toEqual(["citations.0.url", "citations.0.year", "noteEn"]);
    expect(errorsUnder(errors, "citations")).toHaveLength(2);
  });
});

describe("problemsByField", () => {
  it("keeps the server's problems with this fact and with the request as a whole", () => {
    const errors = problemsByField(
      [
        { factKey: "assessment:JP:data-governance", field: "level", message: "not on the scale" },
        { factKey: "event:other", field: "start", message: "elsewhere" },
        { factKey: null, field: "key", message: "bad key" },
      ],
      "assessment:JP:data-governance",
    );
    expect(errors).toEqual({ level: ["not on the scale"], key: ["bad key"] });
  });
});

describe("fieldName", () => {
  it("names a field and its language as readers call them", () => {
    expect(fieldName("summaryEn", "en")).toBe("Summary (English)");
    expect(fieldName("roles.0.citations.1.quote", "en")).toBe("Quote");
    expect(fieldName("summaryZh", "zh")).toBe(
      `${translateKey("zh", "editing.fields.summary")}（${translateKey("zh", "editing.columns.zh")}）`,
    );
    expect(fieldName("somethingElse", "en")).toBe("somethingElse");
  });
});
