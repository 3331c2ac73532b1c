"use client";

import { useTranslations } from "next-intl";
import type { CiteTarget } from "@/lib/views/editing/cite";
import type { Choice, CiteOptions } from "@/lib/views/editing/options";

type ChoiceState = { country: string; dimension: string; key: string; role: string };

/** The selects that name the fact a passage supports, for each kind of fact. */
export function CiteTargetFields({
  kind,
  options,
  choice,
  setChoice,
}: {
  kind: CiteTarget["entity"];
  options: CiteOptions;
  choice: ChoiceState;
  setChoice: (next: ChoiceState) => void;
}) {
  const t = useTranslations("editing.cite");
  const select = (
    label: string,
    field: keyof ChoiceState,
    items: Choice[] | null,
    groups?: CiteOptions["events"],
  ) => (
    <label>
      {label}
      <select
        value={choice[field]}
        onChange={(e) =>
          setChoice({
            ...choice,
            [field]: e.target.value,
            ...(field === "key" ? { role: "" } : {}),
          })
        }
      >
        <option value="">{t("choose")}</option>
        {items?.map((c) => (
          <option key={c.key} value={c.key}>
            {c.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.country} label={g.country}>
            {g.events.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
  if (kind === "assessment")
    return (
      <div className="cite-target">
        {select(t("country"), "country", options.countries)}
        {select(t("dimension"), "dimension", options.dimensions)}
      </div>
    );
  if (kind === "event")
    return <div className="cite-target">{select(t("event"), "key", null, options.events)}</div>;
  if (kind === "observation")
    return (
      <div className="cite-target">{select(t("observation"), "key", options.observations)}</div>
    );
  const actor = options.actors.find((a) => a.key === choice.key);
  return (
    <div className="cite-target">
      {select(t("actor"), "key", options.actors)}
      {actor && select(t("role"), "role", actor.roles)}
    </div>
  );
}
