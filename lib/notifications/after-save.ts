import { publicOrigin } from "@/lib/api/public-origin";
import type { AnnotationView } from "@/lib/annotations/types";
import { targetPermalink } from "@/lib/annotations/w3c/permalink";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { mailConfig, mailNotifications, type MailDelivery } from "./mail";

/**
 * After an annotation was saved: mails its notifications (when e-mail is on) without making the
 * answer wait. The promise is for tests; it never rejects, and a route does not await it.
 */
export async function mailAfterSave(
  request: Request,
  annotation: AnnotationView,
  deliveries: readonly MailDelivery[],
): Promise<void> {
  if (deliveries.length === 0) return;
  const config = mailConfig();
  if (!config) return;
  try {
    const path = targetPermalink(annotation.targets[0]!, await getDatasetSnapshot());
    const about = { author: annotation.author.name, body: annotation.body, path };
    await mailNotifications(config, deliveries, about, publicOrigin(request));
  } catch (error) {
    console.error(
      `Mail: notifications not sent: ${error instanceof Error ? error.message : error}`,
    );
  }
}

/** What the author is told about their mentions, beside the saved annotation. */
export const mentionAnswer = (notices: { notified: string[]; notNotified: unknown[] }) => ({
  notified: notices.notified,
  notNotified: notices.notNotified,
});
