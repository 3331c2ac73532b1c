"use client";

import { useTimeZone } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TIME_ZONE_CHOSEN_COOKIE, TIME_ZONE_COOKIE, timeZoneCookie } from "@/lib/i18n/time-zone";

const hasCookie = (pair: string) => document.cookie.split("; ").includes(pair);

/**
 * Tells the server the browser's time zone. The server renders times in the zone of the cookie
 * (UTC, labelled so, before there is one); when the browser's zone differs, the cookie is set and
 * the page is rendered again, once, so server and browser always format with the same zone. A
 * zone chosen on /settings is left alone.
 */
export function TimeZoneSync() {
  const shown = useTimeZone();
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === shown || !/^[A-Za-z0-9_+\-/]+$/.test(zone)) return;
    if (hasCookie(`${TIME_ZONE_CHOSEN_COOKIE}=1`)) return;
    // Already told, and the server chose otherwise (a zone it does not know): no refresh loop.
    if (hasCookie(`${TIME_ZONE_COOKIE}=${zone}`)) return;
    document.cookie = timeZoneCookie(TIME_ZONE_COOKIE, zone);
    router.refresh();
  }, [shown, router]);
  return null;
}
