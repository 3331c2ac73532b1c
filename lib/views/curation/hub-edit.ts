import { ENTITIES, type Entity } from "@/lib/curation/facts";
import type { Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { editHref } from "@/lib/views/editing/href";

// The curation hub's way into every edit form: a "new" link per kind of fact, and the reference
// facts (countries, dimensions, indicators), which no chart or panel offers to edit, by name.

export interface EditLink {
  label: string;
  href: string;
}

export interface EditGroup {
  entity: Extract<Entity, "country" | "dimension" | "indicator">;
  items: EditLink[];
}

export interface HubEdit {
  create: { entity: Entity; href: string }[];
  groups: EditGroup[];
}

const named = (lang: Lang) => (item: { key: string; nameZh: string; nameEn: string }) =>
  `${lang === "zh" ? item.nameZh : item.nameEn} (${item.key})`;

export function hubEdit(data: Dataset, lang: Lang): HubEdit {
  const name = named(lang);
  const group = (
    entity: EditGroup["entity"],
    items: { key: string; nameZh: string; nameEn: string }[],
  ): EditGroup => ({
    entity,
    items: items.map((item) => ({
      label: name(item),
      href: editHref(entity, { key: item.key }, lang),
    })),
  });
  return {
    create: ENTITIES.map((entity) => ({ entity, href: editHref(entity, null, lang) })),
    groups: [
      group("country", data.countries),
      group(
        "dimension",
        [...data.dimensions].sort((a, b) => a.order - b.order),
      ),
      group("indicator", data.indicators),
    ],
  };
}
