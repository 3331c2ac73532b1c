"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requestLang } from "@/lib/i18n/request";
import { canRead } from "@/lib/permissions";
import { updateNotifySettings } from "@/lib/queries/users";
import { defineAction } from "../define-action";

// A checkbox sends "on" when ticked and nothing when not.
const schema = z.object({ notifyReplies: z.literal("on").optional() });

/** Whether replies notify the reader; their e-mails take the language they saved it in. */
export const updateNotificationsAction = defineAction(canRead, schema, async (input, user) => {
  await updateNotifySettings(user.id, {
    notifyReplies: input.notifyReplies === "on",
    language: await requestLang(),
  });
  revalidatePath("/settings");
  return { message: "admin.notifications.saved" };
});
