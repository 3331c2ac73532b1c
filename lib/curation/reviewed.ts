import type { Lang } from "@/lib/i18n/lang";
import { translator } from "@/lib/i18n/translator";
import { DATE_FORMAT, formatDateTime } from "@/lib/i18n/date-time";

/** A reviewed mark as the queries give it (lib/queries/history.ts reviewMarks), by fact key. */
export interface ReviewedMark {
  reviewer: string;
  reviewedAt: Date | string;
}
export type ReviewedMarks = Record<string, ReviewedMark>;

/** A mark in the reader's words: "Reviewed by Eda on 3 May 2025". */
export interface ReviewedView {
  reviewer: string;
  date: string;
  /** The day as YYYY-MM-DD, for exported tables. */
  day: string;
  title: string;
}

export function reviewedView(mark: ReviewedMark | undefined, lang: Lang): ReviewedView | null {
  if (!mark) return null;
  // A day, not a moment, and the same for every reader (cached matrices and exports carry it):
  // the UTC day, as `day` is.
  const date = formatDateTime(mark.reviewedAt, lang, "UTC", DATE_FORMAT);
  const title = translator(lang)("history.views.reviewed.by", { reviewer: mark.reviewer, date });
  const day = new Date(mark.reviewedAt).toISOString().slice(0, 10);
  return { reviewer: mark.reviewer, date, day, title };
}
