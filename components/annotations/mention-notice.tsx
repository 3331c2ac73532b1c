"use client";

import { useTranslations } from "next-intl";
import type { MentionOutcome } from "@/lib/annotations/types";

/** What the author is told after saving: who was notified, and who was not and why. */
export function MentionNotice({ outcome }: { outcome: MentionOutcome | null }) {
  const t = useTranslations("annotations.mentions");
  if (!outcome || (outcome.notified.length === 0 && outcome.notNotified.length === 0)) return null;
  const missed = outcome.notNotified.map((m) => t(`reasons.${m.reason}`, { email: m.email }));
  return (
    <div className="mention-notice" role="status" data-testid="mention-notice">
      {outcome.notified.length > 0 && (
        <p>{t("notified", { emails: outcome.notified.join(", ") })}</p>
      )}
      {missed.length > 0 && (
        <p className="form-error">{t("notNotified", { list: missed.join("; ") })}</p>
      )}
    </div>
  );
}
