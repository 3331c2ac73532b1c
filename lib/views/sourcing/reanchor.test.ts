import { describe, expect, it } from "vitest";
import { seedData as data } from "@/testing/seed-data";
import { citingFactLabels } from "./citing-labels";
import { formDefaults, pastedBody, EMPTY_SOURCE_FORM } from "./form";
import { buildReanchorReport } from "./reanchor";

const key = data.sources[0].key;

describe("buildReanchorReport", () => {
  it("counts the citations and lists the lost ones with their facts' names", () => {
    const labels = citingFactLabels(data, key, "en");
    const factKey = Object.keys(labels)[0];
    const report = buildReanchorReport(
      {
        anchored: 2,
        moved: 1,
        orphaned: 1,
        changeRequestId: "cr9",
        citations: [{ factKey, quote: "gone words", status: "orphaned" }],
      },
      labels,
      "en",
    );
    expect(report.total).toBe(4);
    expect(report.requestHref).toBe("/curation/requests/cr9?lang=en");
    expect(report.orphans).toEqual([
      {
        factKey,
        label: labels[factKey],
        quote: "gone words",
        historyHref: `/history/${encodeURIComponent(factKey)}?lang=en`,
      },
    ]);
  });
});

describe("citingFactLabels", () => {
  it("names every fact that cites the source, in the reader's language", () => {
    const labels = citingFactLabels(data, "ndrc-international-cooperation", "en");
    expect(labels["observation:cn-azure-customers"]).toMatch(/ · China/);
    expect(Object.keys(labels).length).toBeGreaterThan(3);
  });
});

describe("the source form", () => {
  it("starts a new version from the previous one's metadata", () => {
    expect(formDefaults(data.sources[0])).toMatchObject({
      titleEn: data.sources[0].titleEn,
      language: data.sources[0].language,
      publisher: "",
    });
  });

  it("sends pasted text without empty fields", () => {
    const body = pastedBody(
      { ...EMPTY_SOURCE_FORM, titleEn: " A title ", key: "a" },
      "text",
      false,
    );
    expect(body).toEqual({ text: "text", language: "zh-CN", kind: "article", titleEn: "A title" });
  });
});
