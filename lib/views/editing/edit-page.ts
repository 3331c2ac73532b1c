import "server-only";
import type { Change } from "@/lib/curation/changes";
import {
  factKeyOf,
  findFact,
  type Entity,
  type FactKeyFields,
  type FactValue,
} from "@/lib/curation/facts";
import type { Lang } from "@/lib/i18n/lang";
import type { CurrentUser } from "@/lib/permissions";
import { findDraft } from "@/lib/queries/drafts";
import { getSnapshot } from "@/lib/queries/snapshot";
import { factLabel } from "@/lib/views/history/label";
import { blankForm, formOf, startingFact } from "./form";
import { editOptions, type EditOptions } from "./options";

// What the edit page starts from: the fact as the user's draft leaves it, else as published.

export interface EditPageModel {
  entity: Entity;
  key: FactKeyFields | null;
  /** new: no such fact yet; draft: the draft already changes it; retiring: the draft retires it */
  state: "new" | "published" | "draft" | "retiring";
  label: string | null;
  form: FactValue;
  original: FactValue | null;
  keyEditable: boolean;
  options: EditOptions;
}

export async function loadEditPage(
  user: CurrentUser,
  entity: Entity,
  key: FactKeyFields | null,
  lang: Lang,
): Promise<EditPageModel> {
  const [{ data }, draft] = await Promise.all([getSnapshot(), findDraft(user)]);
  const options = editOptions(data, lang);
  if (!key)
    return {
      entity,
      key,
      state: "new",
      label: null,
      form: blankForm(entity),
      original: null,
      keyEditable: true,
      options,
    };
  const factKey = factKeyOf(entity, key);
  const published = findFact(data, entity, key)?.value ?? null;
  const pending =
    ((draft?.changes ?? []) as Change[]).find((c) => factKeyOf(c.entity, c.key) === factKey) ??
    null;
  const start = startingFact(published, pending);
  const state =
    pending?.op === "retire" ? "retiring" : pending ? "draft" : published ? "published" : "new";
  return {
    entity,
    key,
    state,
    label: factLabel(data, factKey, lang, start)?.label ?? null,
    form: start ? formOf({ ...start, ...key }) : blankForm(entity, key),
    original: published,
    // A fact's key cannot change; a new one's can, until it is in the draft.
    keyEditable: !published && !pending,
    options,
  };
}
