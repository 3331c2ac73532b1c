import { describe, expect, it } from "vitest";
import {
  ALL_ANNOTATIONS,
  annotationChoice,
  annotationChoiceParams,
  choiceFromSearch,
  choiceSearch,
} from "./annotation-choice";

describe("the choice of annotations drawn in an export", () => {
  it("reads and writes the same query parameters", () => {
    const [a, b] = ["0b5c3a9e-8f1d-4c2b-9a7e-1d2c3b4a5f60", "1c6d4b0f-9a2e-4d3c-8b8f-2e3d4c5b6a71"];
    const choice = { tag: "policy", status: "open", authorId: "u1", ids: [a, b], limit: 5 };
    const search = choiceSearch(choice as typeof ALL_ANNOTATIONS);
    expect(search).toEqual({
      "annotation-tag": "policy",
      "annotation-status": "open",
      "annotation-author": "u1",
      "annotation-ids": `${a},${b}`,
      "annotation-limit": "5",
    });
    expect(annotationChoice(annotationChoiceParams.parse(search))).toEqual(choice);
    expect(choiceSearch(ALL_ANNOTATIONS)).toEqual({});
  });

  it("refuses a bad part by name, and a page draws everything and says why", () => {
    for (const limit of ["0", "21", "two", "1.5"])
      expect(annotationChoiceParams.safeParse({ "annotation-limit": limit }).success).toBe(false);
    expect(
      annotationChoiceParams.safeParse({ "annotation-status": "closed" }).error?.issues[0].message,
    ).toBe("errors.badStatus");
    const { choice, problem } = choiceFromSearch({ "annotation-limit": "99", countries: "CN,JP" });
    expect(choice).toEqual(ALL_ANNOTATIONS);
    expect(problem?.issues[0].message).toBe("errors.badAnnotationLimit");
    expect(choiceFromSearch({ "annotation-tag": ["law", "x"] }).choice.tag).toBe("law");
    // Picked ids are UUIDs; another word is refused by name, before the database sees it.
    const id = "0b5c3a9e-8f1d-4c2b-9a7e-1d2c3b4a5f60";
    expect(annotationChoiceParams.parse({ "annotation-ids": `${id},${id}` })).toEqual({
      "annotation-ids": [id],
    });
    const bad = annotationChoiceParams.safeParse({ "annotation-ids": `${id},abc` });
    expect(bad.error?.issues[0]).toMatchObject({
      message: "errors.badAnnotationIds",
      params: { value: "abc" },
    });
    // A form's "any" choices arrive empty.
    expect(
      choiceFromSearch({
        "annotation-tag": "law",
        "annotation-status": "",
        "annotation-author": "",
      }),
    ).toEqual({ choice: { ...ALL_ANNOTATIONS, tag: "law" }, problem: null });
  });
});
