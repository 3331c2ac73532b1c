import { describe, expect, it } from "vitest";
import { changesAfter, isAfter, type LiveChange } from "./live-events";

const change = (id: string): LiveChange => ({
  id,
  kind: "created",
  annotationId: `a${id}`,
  targetKeys: ["view:/matrix"],
  delta: 1,
  openDelta: 1,
});

describe("live changes after a render", () => {
  it("compares change ids as numbers, beyond what a double holds", () => {
    expect(isAfter("10", "9")).toBe(true);
    expect(isAfter("9", "10")).toBe(false);
    expect(isAfter("9007199254740993", "9007199254740992")).toBe(true);
    expect(isAfter("7", "7")).toBe(false);
  });

  it("keeps only the changes a render has not counted yet", () => {
    const log = ["4", "5", "6", "7"].map(change);
    expect(changesAfter(log, "5").map((c) => c.id)).toEqual(["6", "7"]);
    expect(changesAfter(log, "7")).toEqual([]);
    expect(changesAfter(log, "0")).toHaveLength(4);
  });
});
