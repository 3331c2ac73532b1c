import { describe, expect, it } from "vitest";
import { parseViewState } from "@/lib/view-state/state";
import { datasetBanner } from "./banner";

const known = { countries: ["CN", "JP"], dimensions: ["drivers"] };
const ID = "0b0e8f3e-7c1a-4a7e-9a43-2f6c1d7e5b21";
const at = new Date("2025-05-03T09:30:00Z");

describe("datasetBanner", () => {
  it("says nothing on the live published data", () => {
    const { state } = parseViewState({}, known, "en");
    expect(
      datasetBanner({ kind: "published", version: 5 }, state, "/matrix", "en", "UTC"),
    ).toBeNull();
  });

  it("names the pinned version and its date, and links to the current one without version=", () => {
    const { state } = parseViewState({ version: "2", focus: "cell:CN:drivers" }, known, "en");
    const banner = datasetBanner(
      { kind: "pinned", version: 2, latest: 5, publishedAt: at },
      state,
      "/matrix",
      "en",
      "America/New_York",
    )!;
    expect(banner.kind).toBe("pinned");
    // 09:30 UTC is 05:30 in New York in May (daylight time), labelled so; the instant on hover.
    expect(banner.text).toBe("As of dataset version 2, May 3, 2025, 5:30 AM EDT");
    expect(banner.at).toBe("2025-05-03T09:30:00.000Z");
    expect(banner.links).toEqual([
      {
        key: "current",
        label: "Go to the current version (5)",
        href: "/matrix?countries=CN,JP&lang=en&focus=cell:CN:drivers",
      },
    ]);
  });

  it("says when the pinned version is the current one", () => {
    const { state } = parseViewState({ version: "5" }, known, "zh");
    const banner = datasetBanner(
      { kind: "pinned", version: 5, latest: 5, publishedAt: at },
      state,
      "/charts/radar",
      "zh",
      "Asia/Shanghai",
    )!;
    expect(banner.text).toContain("5");
    expect(banner.text).toContain("GMT+8 17:30"); // 09:30 UTC in Shanghai, with the zone
    expect(banner.links[0].href).toBe("/charts/radar?countries=CN,JP&lang=zh");
  });

  it("says a preview is not published, with the way back to the request and out of the preview", () => {
    const { state } = parseViewState({ preview: ID }, known, "en");
    const banner = datasetBanner(
      { kind: "preview", id: ID, title: "Fix JP drivers", latest: 5 },
      state,
      "/",
      "en",
      "UTC",
    )!;
    expect(banner.text).toBe("Preview of change request “Fix JP drivers” — not published");
    expect(banner.links.map((l) => [l.key, l.href])).toEqual([
      ["request", `/curation/requests/${ID}?lang=en`],
      ["leave", "/?countries=CN,JP&lang=en"],
    ]);
  });
});
