import { describe, expect, it } from "vitest";
import { parseTimeZone } from "./time-zone";

describe("parseTimeZone", () => {
  it("takes IANA zone names the runtime knows", () => {
    expect(parseTimeZone("America/New_York")).toBe("America/New_York");
    expect(parseTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(parseTimeZone("UTC")).toBe("UTC");
  });

  it("refuses anything else, so the server falls back to UTC", () => {
    for (const bad of [
      undefined,
      null,
      "",
      "Mars/Olympus_Mons",
      "Asia/Shanghai; path=/",
      "<script>",
      "../../etc/passwd",
      "A".repeat(100),
    ])
      expect(parseTimeZone(bad)).toBeNull();
  });
});
