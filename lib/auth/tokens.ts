import { createHash, randomBytes } from "node:crypto";
import { notFound } from "@/lib/errors/app-error";
import { findToken, insertToken, markRevoked, userForTokenHash } from "@/lib/queries/tokens";
import { tokenNameSchema } from "@/lib/schemas/users";

export const TOKEN_PREFIX = "scc_";
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a personal API token; the token itself is returned once and only its hash is kept. */
export async function createToken(userId: string, name: string, actorId: string | null = userId) {
  const cleanName = tokenNameSchema.parse(name);
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const record = await insertToken(
    {
      userId,
      name: cleanName,
      tokenHash: hashToken(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
    },
    actorId,
  );
  return { token, record };
}

export async function revokeToken(tokenId: string, actorId: string | null) {
  const token = await findToken(tokenId);
  if (!token) throw notFound("noSuchToken");
  await markRevoked(token, actorId);
}

/** The user behind a bearer token, or null if it is unknown, revoked, or its user is disabled. */
export async function userForToken(token: string) {
  return token.startsWith(TOKEN_PREFIX) ? userForTokenHash(hashToken(token)) : null;
}
