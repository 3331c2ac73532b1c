import { describe, expect, it } from "vitest";
import { DATE_FORMAT, dayStart, formatDateTime, isoTime } from "./date-time";

// 2026-12-06 03:05 UTC, and a summer instant for the zones with daylight time.
const winter = new Date("2026-12-06T03:05:00Z");
const summer = "2026-07-06T03:05:00.000Z";
const spaces = (s: string) => s.replace(/\s/g, " ");

describe("formatDateTime", () => {
  it("shows the instant in the given zone, with the zone's label, in English", () => {
    expect(spaces(formatDateTime(winter, "en", "Asia/Shanghai"))).toBe(
      "Dec 6, 2026, 11:05 AM GMT+8",
    );
    expect(spaces(formatDateTime(winter, "en", "UTC"))).toBe("Dec 6, 2026, 3:05 AM UTC");
    expect(spaces(formatDateTime(winter, "en", "Asia/Tokyo"))).toBe("Dec 6, 2026, 12:05 PM GMT+9");
  });

  it("handles a half-hour zone", () => {
    expect(spaces(formatDateTime(winter, "en", "Asia/Kolkata"))).toBe(
      "Dec 6, 2026, 8:35 AM GMT+5:30",
    );
    expect(spaces(formatDateTime(winter, "zh", "Asia/Kolkata"))).toBe(
      "2026\u5e7412\u67086\u65e5 GMT+5:30 08:35",
    );
  });

  it("follows daylight saving time, and the day changes with the zone", () => {
    expect(spaces(formatDateTime(winter, "en", "America/New_York"))).toBe(
      "Dec 5, 2026, 10:05 PM EST",
    );
    expect(spaces(formatDateTime(summer, "en", "America/New_York"))).toBe(
      "Jul 5, 2026, 11:05 PM EDT",
    );
    expect(spaces(formatDateTime(winter, "zh", "America/New_York"))).toBe(
      "2026\u5e7412\u67085\u65e5 GMT-5 22:05",
    );
    expect(spaces(formatDateTime(summer, "zh", "America/New_York"))).toBe(
      "2026\u5e747\u67085\u65e5 GMT-4 23:05",
    );
  });

  it("writes Chinese dates with the zone's label", () => {
    expect(spaces(formatDateTime(winter, "zh", "Asia/Shanghai"))).toBe(
      "2026\u5e7412\u67086\u65e5 GMT+8 11:05",
    );
    expect(spaces(formatDateTime(winter, "zh", "UTC"))).toBe("2026\u5e7412\u67086\u65e5 UTC 03:05");
  });

  it("writes a day alone without a time or a zone when asked", () => {
    expect(formatDateTime(winter, "en", "UTC", DATE_FORMAT)).toBe("Dec 6, 2026");
  });
});

describe("isoTime", () => {
  it("is the full instant in UTC, whatever it was given", () => {
    expect(isoTime(winter)).toBe("2026-12-06T03:05:00.000Z");
    expect(isoTime("2026-12-06T11:05:00+08:00")).toBe("2026-12-06T03:05:00.000Z");
  });
});

describe("dayStart", () => {
  it("finds when a day begins in the reader's zone", () => {
    expect(dayStart("2026-12-06", "UTC").toISOString()).toBe("2026-12-06T00:00:00.000Z");
    expect(dayStart("2026-12-06", "Asia/Tokyo").toISOString()).toBe("2026-12-05T15:00:00.000Z");
    expect(dayStart("2026-12-06", "Asia/Kolkata").toISOString()).toBe("2026-12-05T18:30:00.000Z");
    expect(dayStart("2026-12-06", "America/New_York").toISOString()).toBe(
      "2026-12-06T05:00:00.000Z",
    );
    expect(dayStart("2026-07-06", "America/New_York").toISOString()).toBe(
      "2026-07-06T04:00:00.000Z",
    );
    // The day clocks go forward in New York (2026-03-08) still begins at midnight EST.
    expect(dayStart("2026-03-08", "America/New_York").toISOString()).toBe(
      "2026-03-08T05:00:00.000Z",
    );
    expect(dayStart("2026-03-09", "America/New_York").toISOString()).toBe(
      "2026-03-09T04:00:00.000Z",
    );
  });
});
