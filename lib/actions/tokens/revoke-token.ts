"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { revokeToken } from "@/lib/auth/tokens";
import { forbidden, notFound } from "@/lib/errors/app-error";
import { canManageToken, canRead } from "@/lib/permissions";
import { findToken } from "@/lib/queries/tokens";
import { defineAction } from "../define-action";

const schema = z.object({ id: z.string() });

export const revokeTokenAction = defineAction(canRead, schema, async ({ id }, user) => {
  const token = await findToken(id);
  if (!token) throw notFound("noSuchToken");
  if (!canManageToken(user, token)) throw forbidden();
  await revokeToken(token.id, user.id);
  revalidatePath("/settings");
  return { message: "admin.tokens.revokedDone", params: { name: token.name } };
});
