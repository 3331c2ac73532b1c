"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createToken } from "@/lib/auth/tokens";
import { canRead } from "@/lib/permissions";
import { defineAction } from "../define-action";

const schema = z.object({ name: z.string() });

export const createTokenAction = defineAction(canRead, schema, async ({ name }, user) => {
  const { token, record } = await createToken(user.id, name, user.id);
  revalidatePath("/settings");
  return { message: "admin.tokens.createdDone", params: { name: record.name }, secret: token };
});
