"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { disableUser } from "@/lib/auth/users";
import { badRequest } from "@/lib/errors/app-error";
import { canManageUsers } from "@/lib/permissions";
import { emailSchema } from "@/lib/schemas/users";
import { defineAction } from "../define-action";

const schema = z.object({ email: emailSchema });

export const disableUserAction = defineAction(canManageUsers, schema, async ({ email }, admin) => {
  if (email === admin.email) throw badRequest("disableSelf");
  await disableUser(email, admin.id);
  revalidatePath("/admin/users");
  return { message: "admin.users.disabledDone", params: { email } };
});
