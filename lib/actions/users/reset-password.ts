"use server";

import { z } from "zod";
import { resetPassword } from "@/lib/auth/users";
import { canManageUsers } from "@/lib/permissions";
import { emailSchema } from "@/lib/schemas/users";
import { defineAction } from "../define-action";

const schema = z.object({ email: emailSchema });

export const resetPasswordAction = defineAction(
  canManageUsers,
  schema,
  async ({ email }, admin) => {
    const { user, password } = await resetPassword(email, admin.id);
    return {
      message: "admin.users.passwordReset",
      params: { email: user.email },
      secret: password,
    };
  },
);
