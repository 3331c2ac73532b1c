"use server";

import { z } from "zod";
import { resetPassword } from "@/lib/auth/users";
import { canManageUsers } from "@/lib/permissions";
import { emailSchema } from "@/lib/schemas/users";
import { defineAction } from "../define-action";

// A checkbox: sent as "on" when ticked (the form ticks it by default), absent otherwise.
const schema = z.object({ email: emailSchema, revokeTokens: z.literal("on").optional() });

export const resetPasswordAction = defineAction(
  canManageUsers,
  schema,
  async ({ email, revokeTokens }, admin) => {
    const { user, password } = await resetPassword(email, admin.id, {
      revokeTokens: revokeTokens === "on",
    });
    return {
      message: revokeTokens
        ? "admin.users.passwordResetTokensRevoked"
        : "admin.users.passwordReset",
      params: { email: user.email },
      secret: password,
    };
  },
);
