import type { Lang } from "@/lib/i18n/lang";
import { translateKey } from "@/lib/i18n/translator";

// lib/dataset/validate.ts words its integrity problems in English for the command line; a reader
// of the app gets them in their language. Each pattern is one sentence of checkIntegrity.

const PATTERNS: [RegExp, string, string[]][] = [
  [/^duplicate country and dimension "(.+)"$/, "duplicateAssessment", ["key"]],
  [/^duplicate key "(.+)"$/, "duplicateKey", ["key"]],
  [/^duplicate dimension (.+)$/, "duplicateDimension", ["key"]],
  [/^unknown (country|dimension|indicator|source) "(.+)"$/, "unknownRef", ["what", "key"]],
  [/^level (\d+) is not on the scale of (.+)$/, "levelNotOnScale", ["level", "dimension"]],
  [/^(.+) has no version (\d+)$/, "noSourceVersion", ["source", "version"]],
  [
    /^offset (\d+) is past the end of (.+) \((\d+) characters\)$/,
    "pastEnd",
    ["end", "source", "length"],
  ],
  [/^quote not found in (.+)$/, "quoteNotFound", ["source"]],
  [
    /^quote is not at (\d+)-(\d+) in (.+) \(it is at (\d+)-(\d+)\)$/,
    "quoteElsewhere",
    ["start", "end", "source", "foundStart", "foundEnd"],
  ],
];

export function integrityProblem(message: string, lang: Lang): string {
  for (const [pattern, key, names] of PATTERNS) {
    const match = message.match(pattern);
    if (!match) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, match[i + 1]]));
    if (params.what) params.what = translateKey(lang, `curation.entities.${params.what}`);
    return translateKey(lang, `curation.problems.${key}`, params);
  }
  return message;
}
