import { describe, expect, it } from "vitest";
import { wellFormedAddress } from "./proxy";

const ok = (path: string) => wellFormedAddress(new URL(path, "http://localhost"));

describe("wellFormedAddress", () => {
  it.each([
    ["/api/v1/annotations/%FF%FE", false],
    ["/api/v1/sources/%FF", false],
    ["/api/v1/sources/%E4%B8", false],
    ["/api/v1/sources/a%00b", false],
    ["/api/v1/annotations?q=%00", false],
    ["/api/v1/annotations?%00=1", false],
    ["/api/v1/sources/%E4%B8%AD", true],
    ["/matrix?countries=CN,JP&q=100%25", true],
    ["/", true],
  ])("%s → %s", (path, expected) => {
    expect(ok(path)).toBe(expected);
  });
});
