"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { clearThrottle, parseKey } from "@/lib/auth/rate-limit";
import { canManageUsers } from "@/lib/permissions";
import { defineAction } from "../define-action";

const schema = z.object({
  key: z
    .string()
    .max(600)
    .refine((key) => parseKey(key) !== null, "throttleKey"),
});

export const clearThrottleAction = defineAction(canManageUsers, schema, async ({ key }, admin) => {
  const { kind, email, ip } = parseKey(key)!;
  await clearThrottle(key, admin.id);
  revalidatePath("/admin/users");
  return {
    message: kind === "pair" ? "admin.throttles.clearedPair" : "admin.throttles.clearedAddress",
    params: { email: email ?? "", ip: ip ?? "—" },
  };
});
