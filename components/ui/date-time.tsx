import { useFormatter } from "next-intl";
import { DATE_TIME_FORMAT, isoTime } from "@/lib/i18n/date-time";

/**
 * Every date-time on screen: in the reader's zone with its label ("Dec 6, 2026, 11:05 AM GMT+8"),
 * the exact instant (ISO 8601, UTC) in the markup and on hover. No "use client": it renders on
 * the server in server components and in the browser in client ones, with the same zone
 * (lib/i18n/request.ts passes it to both), so the two never disagree.
 */
export function DateTime({ at, className }: { at: Date | string; className?: string }) {
  const format = useFormatter();
  const iso = isoTime(at);
  return (
    <time dateTime={iso} title={iso} className={className} data-testid="date-time">
      {format.dateTime(new Date(at), DATE_TIME_FORMAT)}
    </time>
  );
}
