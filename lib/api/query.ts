import { badRequest } from "./errors";

/** Rejects parameters a route does not know, naming them. */
export function assertKnownParams(url: URL, allowed: readonly string[]) {
  for (const name of url.searchParams.keys()) {
    if (!allowed.includes(name) && name !== "lang") {
      const names = [...allowed, "lang"];
      throw badRequest(`未知参数“${name}”；可用参数：${names.join("、")}`, `Unknown parameter "${name}"; allowed: ${names.join(", ")}`, "unknown_parameter");
    }
  }
}

/** A comma-separated list of keys, each checked against the known ones; absent: undefined (all). */
export function keyList(url: URL, name: string, known: readonly string[], what: { zh: string; en: string }): string[] | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null) return undefined;
  const keys = raw.split(",").map((k) => k.trim()).filter(Boolean);
  if (keys.length === 0) throw badRequest(`参数“${name}”为空`, `Parameter "${name}" is empty`);
  for (const key of keys) {
    if (!known.includes(key)) {
      throw badRequest(`未知的${what.zh}“${key}”；可选：${known.join("、")}`, `Unknown ${what.en} "${key}"; known: ${known.join(", ")}`, "unknown_key");
    }
  }
  return [...new Set(keys)];
}

/** A four-digit year parameter, or undefined. */
export function yearParam(url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null) return undefined;
  if (!/^\d{4}$/.test(raw.trim())) throw badRequest(`参数“${name}”必须是四位数年份，收到“${raw}”`, `Parameter "${name}" must be a four-digit year, got "${raw}"`);
  return Number(raw);
}
