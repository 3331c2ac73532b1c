import type { AnnotationTarget } from "@/lib/annotations/targets";
import type { Dataset, DatasetActor } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { citedSources, evidenceOf, type EvidenceView } from "@/lib/dataset/evidence";
import { countryName, dimensionName, pick } from "@/lib/dataset/localize";
import { countryColor, TYPE_COLORS } from "@/lib/charts/style";
import { actorMark } from "@/lib/charts/mark-keys";
import type { ChartModel } from "@/lib/charts/types";

export const ACTOR_TYPES = [
  "government",
  "enterprise",
  "citizens",
  "international",
  "academic",
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const actorFocus = (key: string) => `actor:${key}`;

export interface ActorCard {
  key: string;
  name: string;
  type: ActorType;
  roles: { dimension: string; text: string }[];
  citations: number;
  focused: boolean;
}

/** One stacked bar: a country's number of actors per type, with their names for the tooltip. */
export type ActorCount = {
  country: string;
  name: string;
  focusType: ActorType | null;
  names: Record<ActorType, string[]>;
} & Record<ActorType, number>;

export interface ActorGroup {
  country: string;
  name: string;
  color: string;
  total: string;
  types: { type: ActorType; name: string; actors: ActorCard[] }[];
}

export interface ActorDetails {
  key: string;
  name: string;
  type: string;
  country: string;
  roles: { dimension: string; text: string; evidence: EvidenceView[] }[];
  /** What its annotations are attached to: this actor on the actors chart. */
  target: AnnotationTarget;
}

export interface ActorsData {
  /** The legend: the types that appear, with their colours. */
  types: { type: ActorType; name: string; color: string }[];
  counts: ActorCount[];
  groups: ActorGroup[];
  focus: ActorDetails | null;
  focusMissing: boolean;
}

/** Roles one after another: a role that ends a sentence is followed as sentences are (common.sentences), the others by a separator. */
function joinRoles(roles: string[], lang: ViewState["lang"]): string {
  const t = translator(lang);
  const ended = /[\u3002.!?\uFF01\uFF1F]$/;
  return roles.reduce(
    (out, role) =>
      out === ""
        ? role
        : ended.test(out)
          ? t("common.sentences", { first: out, next: role })
          : `${out}${t("common.separator")}${role}`,
    "",
  );
}

export function buildActors(data: Dataset, state: ViewState): ChartModel<ActorsData> {
  const lang = state.lang;
  const t = translator(lang);
  const focused = state.focus?.startsWith("actor:") ? state.focus.slice("actor:".length) : null;
  const typeName = (type: ActorType) => t(`actors.types.${type}`);
  const rolesOf = (a: DatasetActor) =>
    a.roles.filter((r) => !state.dims || state.dims.includes(r.dimension));
  // With a dimension filter, an actor shows its roles on those dimensions, and only if it has one.
  const shown = data.actors.filter(
    (a) => state.countries.includes(a.country) && rolesOf(a).length > 0,
  );
  const ofCountry = (c: string, type?: ActorType) =>
    shown.filter((a) => a.country === c && (!type || a.type === type));
  const card = (a: DatasetActor): ActorCard => ({
    key: a.key,
    name: pick(lang, a.nameZh, a.nameEn),
    type: a.type,
    roles: rolesOf(a).map((r) => ({
      dimension: dimensionName(data, r.dimension, lang),
      text: pick(lang, r.roleZh, r.roleEn),
    })),
    citations: rolesOf(a).reduce((n, r) => n + r.citations.length, 0),
    focused: a.key === focused,
  });

  const present = state.countries.filter((c) => ofCountry(c).length > 0);
  const groups = present.map((c): ActorGroup => ({
    country: c,
    name: countryName(data, c, lang),
    color: countryColor(data.countries, c),
    total: t("actors.total", { count: ofCountry(c).length }),
    types: ACTOR_TYPES.filter((type) => ofCountry(c, type).length > 0).map((type) => ({
      type,
      name: typeName(type),
      actors: ofCountry(c, type).map(card),
    })),
  }));
  const counts = present.map((c) => ({
    country: c,
    name: countryName(data, c, lang),
    focusType: ofCountry(c).find((a) => a.key === focused)?.type ?? null,
    names: Object.fromEntries(
      ACTOR_TYPES.map((type) => [
        type,
        ofCountry(c, type).map((a) => pick(lang, a.nameZh, a.nameEn)),
      ]),
    ),
    ...Object.fromEntries(ACTOR_TYPES.map((type) => [type, ofCountry(c, type).length])),
  })) as ActorCount[];

  const hit = shown.find((a) => a.key === focused);
  const focus: ActorDetails | null = hit
    ? {
        key: hit.key,
        name: pick(lang, hit.nameZh, hit.nameEn),
        type: typeName(hit.type),
        country: countryName(data, hit.country, lang),
        roles: rolesOf(hit).map((r) => ({
          dimension: dimensionName(data, r.dimension, lang),
          text: pick(lang, r.roleZh, r.roleEn),
          evidence: evidenceOf(r.citations, data, state),
        })),
        target: { kind: "actor", actor: hit.key },
      }
    : null;
  const caveats = [
    ...state.countries
      .filter((c) => !present.includes(c))
      .map((c) => t("actors.noActors", { country: countryName(data, c, lang) })),
    ...(state.dims ? [t("actors.dimsFiltered")] : []),
  ];

  return {
    key: "actors",
    title: t("charts.titles.actors"),
    description: t("actors.description"),
    sources: citedSources(
      shown.flatMap((a) => rolesOf(a).flatMap((r) => r.citations)),
      data,
      lang,
    ),
    marks: shown.map((a) => actorMark(a.key)),
    caveats,
    table: {
      columns: (["country", "actor", "type", "roles", "citations"] as const).map((key) => ({
        key,
        label: t(`actors.columns.${key}`),
        ...(key === "citations" ? { numeric: true } : {}),
      })),
      focusColumn: "actor",
      rowFocus: groups.flatMap((g) =>
        g.types.flatMap(({ actors }) => actors.map((a) => `actor:${a.key}`)),
      ),
      rows: groups.flatMap((g) =>
        g.types.flatMap(({ name: type, actors }) =>
          actors.map((a) => ({
            country: g.name,
            actor: a.name,
            type,
            roles: joinRoles(
              a.roles.map((r) => t("actors.role", { dimension: r.dimension, role: r.text })),
              lang,
            ),
            citations: a.citations,
          })),
        ),
      ),
    },
    empty: shown.length === 0,
    data: {
      types: ACTOR_TYPES.filter((type) => shown.some((a) => a.type === type)).map((type) => ({
        type,
        name: typeName(type),
        color: TYPE_COLORS[type],
      })),
      counts,
      groups,
      focus,
      focusMissing: focused !== null && !hit,
    },
  };
}
