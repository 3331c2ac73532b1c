import { describe, expect, it } from "vitest";
import { buildVersionList } from "./versions";

const at = new Date(Date.UTC(2026, 0, 2, 9));
const versions = [
  {
    number: 3,
    createdAt: at,
    kind: "publish",
    summary: "Sharper wording",
    changeRequestId: "cr1",
    createdBy: { id: "u", name: "Eda" },
  },
  {
    number: 1,
    createdAt: at,
    kind: "baseline",
    summary: "baseline",
    changeRequestId: null,
    createdBy: null,
  },
];

describe("buildVersionList", () => {
  it("gives each version its kind, who, and where to read it", () => {
    const [latest, baseline] = buildVersionList(versions, "en");
    expect(latest).toMatchObject({
      kindLabel: "published change request",
      who: "Eda",
      latest: true,
      viewHref: "/matrix?lang=en&version=3",
      request: { href: "/curation/requests/cr1?lang=en" },
    });
    expect(baseline).toMatchObject({
      kindLabel: "baseline",
      summary: "",
      changesHref: "/curation/changes?since=1&lang=en",
      request: null,
    });
  });
});
