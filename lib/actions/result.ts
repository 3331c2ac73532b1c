import { ZodError } from "zod";
import { ApiError, forbidden, unauthorized } from "@/lib/api/errors";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { validationMessage } from "@/lib/i18n/validation";

/** What every server action answers: a message in both languages, and a secret to show once. */
export type ActionResult = { ok: boolean; message: { zh: string; en: string }; secret?: string } | null;

/**
 * Runs a server action for the signed-in user if the permission allows it; errors become
 * messages in both languages (the same mapping as the API: 401, 403, validation, not found).
 */
export async function runAction(
  permission: (user: CurrentUser | null) => boolean,
  action: (user: CurrentUser) => Promise<Exclude<ActionResult, null>>,
): Promise<Exclude<ActionResult, null>> {
  try {
    const user = await getCurrentUser();
    if (!user) throw unauthorized();
    if (!permission(user)) throw forbidden();
    return await action(user);
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, message: error.messages };
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      return { ok: false, message: validationMessage(issue.path.join(".") || "value", issue.message) };
    }
    console.error(error);
    return { ok: false, message: { zh: "操作失败，请重试。", en: "That did not work; please try again." } };
  }
}

export const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
