"use server";

import { revalidatePath } from "next/cache";
import { createUser, disableUser, resetPassword, setRole } from "@/lib/auth/users";
import { getDb } from "@/lib/db/client";
import { z } from "zod";
import { canManageUsers, roleSchema, type Role } from "@/lib/permissions";
import { emailSchema } from "@/lib/schemas/users";
import { field, runAction, type ActionResult } from "../result";

export async function createUserAction(_: ActionResult, form: FormData) {
  return runAction(canManageUsers, async (admin) => {
    const { user, password } = await createUser(getDb(), {
      // newUserSchema inside createUser validates every field, role included.
      email: field(form, "email"), name: field(form, "name"), role: field(form, "role") as Role,
    }, admin.id);
    revalidatePath("/admin/users");
    return { ok: true, message: { zh: `已创建 ${user.email}。初始密码只显示这一次：`, en: `Created ${user.email}. The first password is shown once:` }, secret: password };
  });
}

export async function changeRoleAction(_: ActionResult, form: FormData) {
  return runAction(canManageUsers, async (admin) => {
    const input = z.object({ email: emailSchema, role: roleSchema }).parse({ email: field(form, "email"), role: field(form, "role") });
    const user = await setRole(getDb(), input.email, input.role, admin.id);
    revalidatePath("/admin/users");
    return { ok: true, message: { zh: `${user.email} 的角色已改为 ${user.role}。`, en: `${user.email} is now ${user.role}.` } };
  });
}

export async function disableUserAction(_: ActionResult, form: FormData) {
  return runAction(canManageUsers, async (admin) => {
    const email = emailSchema.parse(field(form, "email"));
    if (email === admin.email) return { ok: false, message: { zh: "不能停用自己的账户。", en: "You cannot disable your own account." } };
    await disableUser(getDb(), email, admin.id);
    revalidatePath("/admin/users");
    return { ok: true, message: { zh: `已停用 ${email}。`, en: `Disabled ${email}.` } };
  });
}

export async function resetPasswordAction(_: ActionResult, form: FormData) {
  return runAction(canManageUsers, async (admin) => {
    const { user, password } = await resetPassword(getDb(), emailSchema.parse(field(form, "email")), admin.id);
    return { ok: true, message: { zh: `${user.email} 的新密码只显示这一次：`, en: `New password for ${user.email}, shown once:` }, secret: password };
  });
}
