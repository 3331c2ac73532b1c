"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { TIME_ZONE_CHOSEN_COOKIE, TIME_ZONE_COOKIE, timeZoneCookie } from "@/lib/i18n/time-zone";

/**
 * The reader's choice of time zone: the browser's (automatic) or one they name. A preference of
 * this browser, kept in its cookies like the language, so it needs no server action.
 */
export function TimeZoneForm({
  zones,
  chosen,
  label,
  automatic,
}: {
  zones: readonly string[];
  /** the zone the reader chose, or null when the browser's is used */
  chosen: string | null;
  label: string;
  automatic: string;
}) {
  const router = useRouter();
  const id = useId();
  const choose = (zone: string) => {
    if (zone) {
      document.cookie = timeZoneCookie(TIME_ZONE_COOKIE, zone);
      document.cookie = timeZoneCookie(TIME_ZONE_CHOSEN_COOKIE, "1");
    } else {
      const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
      document.cookie = timeZoneCookie(TIME_ZONE_COOKIE, own);
      document.cookie = timeZoneCookie(TIME_ZONE_CHOSEN_COOKIE, "", false);
    }
    router.refresh();
  };
  return (
    <p>
      <label htmlFor={id}>{label}</label>{" "}
      <select
        id={id}
        value={chosen ?? ""}
        onChange={(event) => choose(event.target.value)}
        data-testid="time-zone-choice"
      >
        <option value="">{automatic}</option>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </select>
    </p>
  );
}
