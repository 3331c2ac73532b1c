import nodemailer from "nodemailer";
import { mailEnvSchema } from "@/lib/config/env";
import { parseLang } from "@/lib/i18n/lang";
import { translator } from "@/lib/i18n/translator";
import { markdownToPlain } from "@/lib/markdown/plain";

// Notifications by e-mail, when SMTP is configured (off by default). Sent after the annotation
// has been saved, without waiting: a mail server that cannot be reached is logged, and never
// holds or fails the save.

/** One notification to mail (lib/queries/annotation-mentions.ts makes them). */
export interface MailDelivery {
  kind: "mention" | "reply";
  to: { email: string; name: string; language: string | null };
}

/** The annotation the mails are about: who wrote it, its text and where it is shown. */
export interface MailAbout {
  author: string;
  body: string;
  /** The dashboard path of its target (targetPermalink). */
  path: string;
}

/** A mail server that does not answer is given up on in seconds, not minutes. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** The transport the environment configures, or null when e-mail is off. */
export function mailTransport(source: Record<string, string | undefined> = process.env) {
  const env = mailEnvSchema.parse(source);
  const auth = env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? "" } : undefined;
  const options = env.SMTP_URL
    ? { url: env.SMTP_URL, ...TIMEOUTS }
    : env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: env.SMTP_PORT ?? 587,
          secure: env.SMTP_PORT === 465,
          auth,
          ...TIMEOUTS,
        }
      : null;
  if (!options) return null;
  const transport = nodemailer.createTransport(options);
  return { transport, from: env.SMTP_FROM };
}

const EXCERPT = 280;

/** The mail for one notification, in the addressee's language. */
export function notificationMail(delivery: MailDelivery, about: MailAbout, origin: string) {
  const t = translator(parseLang(delivery.to.language) ?? "zh");
  const text = markdownToPlain(about.body);
  const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT)}\u2026` : text;
  const link = `${origin.replace(/\/$/, "")}${about.path}`;
  const subject = t(`annotations.notifications.mail.${delivery.kind}`, { name: about.author });
  return {
    to: { name: delivery.to.name, address: delivery.to.email },
    subject,
    text: `${subject}\n\n${excerpt}\n\n${t("annotations.notifications.mail.open")} ${link}\n\n${t("annotations.notifications.mail.footer")}\n`,
  };
}

type MailConfig = NonNullable<ReturnType<typeof mailTransport>>;

/**
 * The mail settings now, or null when e-mail is off or its settings are bad (logged): read when
 * the note is saved, before anything is awaited.
 */
export function mailConfig(): MailConfig | null {
  try {
    return mailTransport();
  } catch (error) {
    console.error(`Mail: bad SMTP settings: ${error instanceof Error ? error.message : error}`);
    return null;
  }
}

/**
 * Mails the notifications. `origin` is the app's public address for the link (publicOrigin:
 * APP_URL's origin when set). Settles when every mail has been tried; never rejects.
 */
export async function mailNotifications(
  { transport, from }: MailConfig,
  deliveries: readonly MailDelivery[],
  about: MailAbout,
  origin: string,
): Promise<void> {
  const sends = deliveries.map((d) =>
    transport
      .sendMail({ from, ...notificationMail(d, about, origin) })
      .catch((error: unknown) =>
        console.error(
          `Mail: the notification to ${d.to.email} was not sent: ${error instanceof Error ? error.message : error}`,
        ),
      ),
  );
  await Promise.all(sends);
  transport.close();
}
