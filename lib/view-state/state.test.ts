import { describe, expect, it } from "vitest";
import { parseViewState, toSearch, viewHref } from "./state";

const known = {
  countries: ["CN", "JP", "US", "SG", "KR", "IN", "EU"],
  dimensions: ["development-model", "drivers"],
};

describe("parseViewState", () => {
  it("defaults to China and Japan, every dimension, the chart view", () => {
    expect(parseViewState({}, known, "zh")).toEqual({
      state: {
        countries: ["CN", "JP"],
        dims: null,
        lang: "zh",
        view: "chart",
        from: null,
        to: null,
        focus: null,
      },
      problems: [],
    });
  });

  it("reads every part, and writes it back in the same form", () => {
    const params = {
      countries: "jp,CN,US",
      dims: "drivers",
      view: "table",
      from: "2008",
      to: "2020",
      focus: "cell:CN:drivers",
    };
    const { state, problems } = parseViewState(params, known, "en");
    expect(problems).toEqual([]);
    expect(state).toMatchObject({
      countries: ["JP", "CN", "US"],
      dims: ["drivers"],
      view: "table",
      from: 2008,
      to: 2020,
    });
    expect(toSearch(state)).toBe(
      "?countries=JP,CN,US&dims=drivers&lang=en&view=table&from=2008&to=2020&focus=cell:CN:drivers",
    );
    const again = Object.fromEntries(new URLSearchParams(toSearch(state)));
    expect(parseViewState(again, known, "en").state).toEqual(state);
  });

  it("reports what it ignores and falls back", () => {
    const { state, problems } = parseViewState(
      { countries: "CN,XX", dims: "weather", from: "2020", to: "2010", focus: "<script>" },
      known,
      "zh",
    );
    expect(state).toMatchObject({
      countries: ["CN", "JP"],
      dims: null,
      from: null,
      to: null,
      focus: null,
    });
    expect(problems.map((p) => p.key)).toEqual([
      "unknownCountry",
      "tooFewCountries",
      "unknownDimension",
      "badYears",
      "badFocus",
    ]);
  });

  it("keeps at most six countries", () => {
    const { state, problems } = parseViewState(
      { countries: known.countries.join(",") },
      known,
      "zh",
    );
    expect(state.countries).toHaveLength(6);
    expect(problems).toEqual([{ key: "tooManyCountries", values: { min: 2, max: 6 } }]);
  });

  it("takes the first of a repeated parameter", () => {
    expect(parseViewState({ countries: ["US,SG", "CN,JP"] }, known, "zh").state.countries).toEqual([
      "US",
      "SG",
    ]);
  });

  it("patches a state into a link", () => {
    const { state } = parseViewState({}, known, "zh");
    expect(viewHref("/matrix", state, { focus: "cell:JP:drivers" })).toBe(
      "/matrix?countries=CN,JP&lang=zh&focus=cell:JP:drivers",
    );
  });
});

describe("notices quote little of what they ignore", () => {
  it("cuts long values and lists at most three unknown countries", () => {
    const { problems } = parseViewState(
      { countries: "AA,BB,CC,DD,EE,CN,JP", dims: "x".repeat(200) },
      known,
      "en",
    );
    expect(problems.filter((p) => p.key === "unknownCountry")).toHaveLength(3);
    const dim = problems.find((p) => p.key === "unknownDimension")!;
    expect(dim.values).toEqual({ value: `${"x".repeat(24)}…` });
  });
});
