"use server";

import { revalidatePath } from "next/cache";
import { forbidden, notFound } from "@/lib/api/errors";
import { createToken, revokeToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db/client";
import { canManageToken, canRead } from "@/lib/permissions";
import { field, runAction, type ActionResult } from "../result";

export async function createTokenAction(_: ActionResult, form: FormData) {
  return runAction(canRead, async (user) => {
    const { token, record } = await createToken(getDb(), user.id, field(form, "name"), user.id);
    revalidatePath("/settings");
    return { ok: true, message: { zh: `已创建令牌“${record.name}”，只显示这一次：`, en: `Created the token "${record.name}"; it is shown once:` }, secret: token };
  });
}

export async function revokeTokenAction(_: ActionResult, form: FormData) {
  return runAction(canRead, async (user) => {
    const token = await getDb().apiToken.findUnique({ where: { id: field(form, "id") } });
    if (!token) throw notFound("没有这个令牌", "No such token");
    if (!canManageToken(user, token)) throw forbidden();
    await revokeToken(getDb(), token.id, user.id);
    revalidatePath("/settings");
    return { ok: true, message: { zh: `已吊销令牌“${token.name}”。`, en: `Revoked the token "${token.name}".` } };
  });
}
