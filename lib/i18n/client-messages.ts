import type { Lang } from "./lang";
import { MESSAGES, type Messages } from "./messages";

/**
 * The message namespaces that code in the browser reads (with the `useTranslations` hook). Pages
 * pass only these to NextIntlClientProvider, so a page's RSC payload does not carry the whole
 * catalogue (server components read every message on the server): the shell's namespaces on every
 * page, and a section's own on its pages (its layout adds them). client-messages.test.ts follows
 * each page's imports: a hook whose namespace the page does not receive fails it.
 */
export const SHELL_NAMESPACES = [
  "actors",
  "annotations",
  "auth",
  "charts",
  "common.evidence",
  "common.export",
  "common.picker",
  "common.states",
  "errors",
  "history.views",
  "indicators",
  "timeline",
] as const;

/** What the pages under a path add, for the forms they alone draw. */
export const SECTION_NAMESPACES = {
  "/curation": ["curation.actions", "editing", "history.fact", "sourcing"],
  "/sources": ["editing", "sources.annotate", "sources.kinds", "sources.languages", "sourcing"],
  "/history": ["history.fact", "editing"],
} as const satisfies Record<string, readonly string[]>;

export type Section = keyof typeof SECTION_NAMESPACES;

type Tree = { [key: string]: string | Tree };

function pick(messages: Messages, paths: readonly string[]): Tree {
  const out: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: Tree = messages;
    let to = out;
    keys.forEach((key, i) => {
      const value = from[key];
      if (i === keys.length - 1) to[key] = value;
      else {
        from = value as Tree;
        to = (to[key] ??= {}) as Tree;
      }
    });
  }
  return out;
}

const cached = new Map<string, Tree>();

/** The messages the browser needs on the shell's pages, or on a section's (computed once each). */
export function clientMessages(lang: Lang, section?: Section): Tree {
  const key = `${lang}:${section ?? ""}`;
  let messages = cached.get(key);
  if (!messages) {
    messages = pick(MESSAGES[lang], [
      ...SHELL_NAMESPACES,
      ...(section ? SECTION_NAMESPACES[section] : []),
    ]);
    cached.set(key, messages);
  }
  return messages;
}
