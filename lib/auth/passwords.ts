import { randomBytes } from "node:crypto";
import { inWorker } from "@/lib/workers/pool";

const COST = 12;

// bcrypt (bcryptjs, in a worker thread: in pure JavaScript a hash would hold the event loop).
export const hashPassword = (password: string) => inWorker("hash", { password, cost: COST });
export const verifyPassword = (password: string, hash: string) =>
  inWorker("compare", { password, hash });

/** A random password of 20 URL-safe characters (about 120 bits). */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}
