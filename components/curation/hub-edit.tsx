import { getTranslations } from "next-intl/server";
import type { HubEdit } from "@/lib/views/curation/hub-edit";

/** Every edit form within reach: "new" for each kind of fact, and the reference facts by name. */
export async function HubEditLinks({ edit }: { edit: HubEdit }) {
  const t = await getTranslations("curation");
  return (
    <section className="card hub-edit" data-testid="hub-edit" aria-labelledby="hub-edit-title">
      <h2 id="hub-edit-title">{t("hub.edit.title")}</h2>
      <p className="muted">{t("hub.edit.intro")}</p>
      <ul className="hub-edit-new">
        {edit.create.map((c) => (
          <li key={c.entity}>
            <a href={c.href}>{t("hub.edit.new", { entity: t(`entities.${c.entity}`) })}</a>
          </li>
        ))}
      </ul>
      {edit.groups.map((g) => (
        <details key={g.entity} className="hub-edit-group">
          <summary>{t(`hub.edit.groups.${g.entity}`, { count: g.items.length })}</summary>
          <ul>
            {g.items.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
