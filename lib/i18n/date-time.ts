import { createFormatter, type DateTimeFormatOptions } from "use-intl/core";
import { LOCALE_OF, type Lang } from "./lang";

/**
 * How every date-time is shown: day, month, year, hour and minute in the reader's zone, with the
 * zone's short name ("GMT+8", "EST", "UTC") so a reader never has to guess. The date-time
 * component (components/ui/date-time.tsx) passes the same options to next-intl's formatter.
 */
export const DATE_TIME_FORMAT: DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
};

/** A calendar day only, for marks that name a day rather than a moment. */
export const DATE_FORMAT: DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
};

/** The full instant for a title or an export: ISO 8601 in UTC, e.g. 2026-12-06T03:05:00.000Z. */
export const isoTime = (at: Date | string) => new Date(at).toISOString();

/**
 * A date-time as text, where markup cannot go (an option's label, a sentence, an export): the
 * same words the date-time component shows, in the given zone.
 */
export function formatDateTime(
  at: Date | string,
  lang: Lang,
  timeZone: string,
  options: DateTimeFormatOptions = DATE_TIME_FORMAT,
): string {
  return createFormatter({ locale: LOCALE_OF[lang], timeZone }).dateTime(new Date(at), options);
}

/** How far `timeZone`'s clock is ahead of UTC at `at`, in milliseconds. */
function zoneOffset(at: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    })
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  );
  const clock = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return clock - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a calendar day (YYYY-MM-DD) begins in `timeZone`: 2026-12-06 in Tokyo begins at
 * 2026-12-05T15:00Z. Checked again at the answer, so a day that begins on a clock change is right.
 */
export function dayStart(day: string, timeZone: string): Date {
  const midnight = Date.parse(`${day}T00:00:00.000Z`);
  const first = midnight - zoneOffset(midnight, timeZone);
  return new Date(midnight - zoneOffset(first, timeZone));
}
