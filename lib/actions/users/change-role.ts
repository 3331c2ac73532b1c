"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setRole } from "@/lib/auth/users";
import { canManageUsers, roleSchema } from "@/lib/permissions";
import { emailSchema } from "@/lib/schemas/users";
import { defineAction } from "../define-action";

const schema = z.object({ email: emailSchema, role: roleSchema });

export const changeRoleAction = defineAction(
  canManageUsers,
  schema,
  async ({ email, role }, admin) => {
    const user = await setRole(email, role, admin.id);
    revalidatePath("/admin/users");
    return { message: "admin.users.roleChanged", params: { email: user.email, role: user.role } };
  },
);
