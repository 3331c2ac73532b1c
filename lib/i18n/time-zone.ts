/** The cookie in which the browser tells the server its IANA time zone (components/shell/time-zone-sync.tsx). */
export const TIME_ZONE_COOKIE = "scc-tz";

/** Set (to "1") when the reader chose the zone on /settings: the browser's own then no longer replaces it. */
export const TIME_ZONE_CHOSEN_COOKIE = "scc-tz-chosen";

/** Times are shown in UTC, labelled so, until the browser has told us its zone. */
export const FALLBACK_TIME_ZONE = "UTC";

/**
 * An IANA time zone name that this runtime's Intl knows, as given (not canonicalised: Node says
 * Asia/Calcutta for Asia/Kolkata, and the browser must get back the name it sent), or null: the
 * cookie is the client's word, so anything else (absent, garbled, too long) is not a zone.
 */
export function parseTimeZone(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v || v.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(v)) return null;
  try {
    new Intl.DateTimeFormat("en", { timeZone: v });
    return v;
  } catch {
    return null;
  }
}

const YEAR = 60 * 60 * 24 * 365;

/** `document.cookie` assignments that remember a zone for a year (or forget one, with max-age 0). */
export const timeZoneCookie = (name: string, value: string, keep = true) =>
  `${name}=${value}; path=/; max-age=${keep ? YEAR : 0}; samesite=lax`;
