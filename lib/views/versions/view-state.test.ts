import { describe, expect, it } from "vitest";
import { parseViewState, toSearch, viewHref } from "@/lib/view-state/state";

const known = { countries: ["CN", "JP", "US"], dimensions: ["drivers"] };
const ID = "0b0e8f3e-7c1a-4a7e-9a43-2f6c1d7e5b21";

describe("version and preview in the view state", () => {
  it("reads a pinned version and keeps it in every link", () => {
    const { state, problems } = parseViewState({ countries: "CN,JP", version: "3" }, known, "en");
    expect(problems).toEqual([]);
    expect(state.version).toBe(3);
    expect(toSearch(state)).toBe("?countries=CN,JP&lang=en&version=3");
    expect(viewHref("/matrix", state, { focus: "cell:CN:drivers" })).toBe(
      "/matrix?countries=CN,JP&lang=en&focus=cell:CN:drivers&version=3",
    );
    const again = Object.fromEntries(new URLSearchParams(toSearch(state)));
    expect(parseViewState(again, known, "en").state).toEqual(state);
  });

  it("reads a preview, and a patch drops either", () => {
    const { state } = parseViewState({ preview: ID.toUpperCase() }, known, "zh");
    expect(state.preview).toBe(ID);
    expect(toSearch(state)).toBe(`?countries=CN,JP&lang=zh&preview=${ID}`);
    expect(toSearch(state, { preview: null })).toBe("?countries=CN,JP&lang=zh");
    const pinned = parseViewState({ version: "2" }, known, "zh").state;
    expect(toSearch(pinned, { version: null })).toBe("?countries=CN,JP&lang=zh");
  });

  it("leaves both out of a view on the current data", () => {
    const { state } = parseViewState({}, known, "en");
    expect(state).not.toHaveProperty("version");
    expect(state).not.toHaveProperty("preview");
    expect(toSearch(state)).toBe("?countries=CN,JP&lang=en");
  });

  it("reports bad values and shows the current data", () => {
    for (const version of ["0", "-1", "3.5", "latest", "1234567890"]) {
      const { state, problems } = parseViewState({ version }, known, "en");
      expect(state.version).toBeUndefined();
      expect(problems).toEqual([{ key: "badVersion", values: { value: version } }]);
    }
    const { state, problems } = parseViewState({ preview: "../../admin" }, known, "en");
    expect(state.preview).toBeUndefined();
    expect(problems).toEqual([{ key: "badPreview", values: { value: "../../admin" } }]);
  });

  it("keeps the version when a link asks for both", () => {
    const { state, problems } = parseViewState({ version: "4", preview: ID }, known, "en");
    expect(state.version).toBe(4);
    expect(state.preview).toBeUndefined();
    expect(problems).toEqual([{ key: "versionAndPreview", values: {} }]);
  });
});
