import "server-only";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { forbidden, unauthorized } from "@/lib/errors/app-error";
import { toActionResult } from "@/lib/errors/handle";
import { requestLang } from "@/lib/i18n/request";
import { translateKey, type MessageParams } from "@/lib/i18n/translator";

/** What every server action answers: a message in the reader's language, and a secret to show once. */
export type ActionResult = { ok: boolean; message: string; secret?: string } | null;

type Done = { message: string; params?: MessageParams; secret?: string };

/**
 * A server action on an authenticated client (dub's safe-action): who is asking is resolved once,
 * the permission is asked, the form is parsed by the action's zod schema, and any error becomes a
 * message in the reader's language (lib/errors/handle.ts). `run` names its success message by key.
 */
export function defineAction<S extends z.ZodType>(
  permission: (user: CurrentUser | null) => boolean,
  schema: S,
  run: (input: z.infer<S>, user: CurrentUser) => Promise<Done>,
) {
  return async (_previous: ActionResult, form: FormData): Promise<Exclude<ActionResult, null>> => {
    const lang = await requestLang();
    try {
      const user = await getCurrentUser();
      if (!user) throw unauthorized();
      if (!permission(user)) throw forbidden();
      const input = schema.parse(
        Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")),
      );
      const done = await run(input, user);
      return {
        ok: true,
        message: translateKey(lang, done.message, done.params),
        ...(done.secret ? { secret: done.secret } : {}),
      };
    } catch (error) {
      return toActionResult(error, lang);
    }
  };
}
