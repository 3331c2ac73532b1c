import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";

const COST = 12;

export const hashPassword = (password: string) => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);

/** A random password of 20 URL-safe characters (about 120 bits). */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}
