import { describe, expect, it } from "vitest";
import { parseViewState } from "@/lib/view-state/state";
import { factActions, factRefOf } from "./fact-actions";

const known = { countries: ["CN", "JP"], dimensions: ["data-governance"] };
const live = parseViewState({}, known, "zh").state;
const pinned = parseViewState({ version: "2" }, known, "zh").state;
const editor = { propose: true, markReviewed: true };
const viewer = { propose: false, markReviewed: false };

describe("factActions", () => {
  it("links an assessment to its history and edit form, with the reviewed toggle for editors", () => {
    const ref = factRefOf("assessment", { country: "JP", dimension: "data-governance" }, live);
    expect(factActions(ref, editor)).toEqual({
      factKey: "assessment:JP:data-governance",
      historyHref: "/history/assessment%3AJP%3Adata-governance?lang=zh",
      editHref: "/curation/edit/assessment?country=JP&dimension=data-governance&lang=zh",
      review: { mark: null, canToggle: true },
    });
  });

  it("offers a reader only the history; an event has no reviewed mark", () => {
    const ref = factRefOf("event", { key: "cn-stage-1" }, live);
    expect(factActions(ref, viewer)).toEqual({
      factKey: "event:cn-stage-1",
      historyHref: "/history/event%3Acn-stage-1?lang=zh",
      editHref: null,
      review: null,
    });
    expect(factActions(ref, editor).editHref).toBe("/curation/edit/event?key=cn-stage-1&lang=zh");
  });

  it("offers no edit and no mark on a pinned version", () => {
    const ref = factRefOf("assessment", { country: "CN", dimension: "data-governance" }, pinned);
    const view = factActions(ref, editor);
    expect(view.editHref).toBeNull();
    expect(view.review).toBeNull();
  });
});
