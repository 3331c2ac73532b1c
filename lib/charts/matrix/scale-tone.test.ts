import { describe, expect, it } from "vitest";
import { scaleTone } from "@/lib/charts/matrix/scale-tone";

describe("scaleTone", () => {
  it("maps any scale onto the five tones, ends to ends", () => {
    expect([1, 2, 3, 4, 5].map((l) => scaleTone(l, 5))).toEqual([1, 2, 3, 4, 5]);
    expect([1, 2, 3].map((l) => scaleTone(l, 3))).toEqual([1, 3, 5]);
    expect([1, 5, 9].map((l) => scaleTone(l, 9))).toEqual([1, 3, 5]);
    expect(scaleTone(1, 1)).toBe(5);
  });
});
