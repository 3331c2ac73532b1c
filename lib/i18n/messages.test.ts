import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [String(value)];
  return Object.values(value).flatMap(leaves);
}

describe("messages", () => {
  it("has the same keys in zh and en", () => {
    expect(keys(MESSAGES.zh).sort()).toEqual(keys(MESSAGES.en).sort());
  });

  it("has no empty message", () => {
    for (const lang of ["zh", "en"] as const)
      expect(leaves(MESSAGES[lang]).filter((m) => m.trim() === "")).toEqual([]);
  });
});
