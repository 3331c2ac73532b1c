import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/api/errors";
import { tokenNameSchema } from "@/lib/schemas/users";
import { recordAudit } from "./audit";

export const TOKEN_PREFIX = "scc_";
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a personal API token; the token itself is returned once and only its hash is kept. */
export async function createToken(db: PrismaClient, userId: string, name: string, actorId: string | null = userId) {
  const cleanName = tokenNameSchema.parse(name);
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const record = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId, name: cleanName, tokenHash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) },
    });
    await recordAudit(tx, { action: "token-created", actorId, subjectId: userId, detail: { tokenId: created.id, name: cleanName } });
    return created;
  });
  return { token, record };
}

export async function revokeToken(db: PrismaClient, tokenId: string, actorId: string | null) {
  const token = await db.apiToken.findUnique({ where: { id: tokenId } });
  if (!token) throw notFound("没有这个令牌", "No such token");
  await db.$transaction(async (tx) => {
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: token.revokedAt ?? new Date() } });
    await recordAudit(tx, { action: "token-revoked", actorId, subjectId: token.userId, detail: { tokenId, name: token.name } });
  });
}

/** The user behind a bearer token, or null if it is unknown, revoked, or its user is disabled. */
export async function userForToken(db: PrismaClient, token: string) {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const record = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!record || record.revokedAt || record.user.disabledAt) return null;
  await db.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
  return record.user;
}
