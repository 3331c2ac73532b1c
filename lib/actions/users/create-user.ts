"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createUser } from "@/lib/auth/users";
import { canManageUsers } from "@/lib/permissions";
import { defineAction } from "../define-action";

// newUserSchema inside createUser checks every field, role included.
const schema = z.object({ email: z.string(), name: z.string(), role: z.string() });

export const createUserAction = defineAction(canManageUsers, schema, async (input, admin) => {
  const { user, password } = await createUser(input as Parameters<typeof createUser>[0], admin.id);
  revalidatePath("/admin/users");
  return { message: "admin.users.created", params: { email: user.email }, secret: password };
});
