"use client";

import { useTimeZone } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/i18n/time-zone";

const YEAR = 60 * 60 * 24 * 365;

/**
 * Tells the server the browser's time zone. The server renders times in the zone of the cookie
 * (UTC, labelled so, before there is one); when the browser's zone differs, the cookie is set and
 * the page is rendered again, once, so server and browser always format with the same zone.
 */
export function TimeZoneSync() {
  const shown = useTimeZone();
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === shown || !/^[A-Za-z0-9_+\-/]+$/.test(zone)) return;
    // Already told, and the server chose otherwise (a zone it does not know): no refresh loop.
    if (document.cookie.split("; ").includes(`${TIME_ZONE_COOKIE}=${zone}`)) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${zone}; path=/; max-age=${YEAR}; samesite=lax`;
    router.refresh();
  }, [shown, router]);
  return null;
}
