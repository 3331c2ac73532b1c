"use client";

import { useMarkers } from "@/components/annotations/live-markers";
import { useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ChartAnnotations } from "@/lib/charts/annotations";
import {
  actorFocus,
  type ActorCount,
  type ActorGroup,
  type ActorsData,
} from "@/lib/charts/actors/model";
import { actorMark } from "@/lib/charts/mark-keys";
import { TYPE_COLORS } from "@/lib/charts/style";
import { textWidth } from "@/lib/charts/text";
import type { ViewState } from "@/lib/view-state/state";
import { useSetFocus } from "../use-set-focus";

/** A stacked bar of actors by type per country, then each country's actors grouped by type with their roles (the marks). */
export function ActorsScreen({
  types,
  counts,
  groups,
  state,
  annotations: given,
}: Pick<ActorsData, "types" | "counts" | "groups"> & {
  state: ViewState;
  annotations: ChartAnnotations;
}) {
  const annotations = useMarkers(given);
  const t = useTranslations("actors");
  const setFocus = useSetFocus(state);
  const axisWidth = Math.min(160, Math.max(48, ...counts.map((c) => textWidth(c.name, 13) + 12)));
  return (
    <div className="actors-chart">
      <ul className="type-legend" aria-label={t("legend")}>
        {types.map((type) => (
          <li key={type.type}>
            <span className="swatch" style={{ background: type.color }} /> {type.name}
          </li>
        ))}
      </ul>
      {/* The counts are in the table view; the organisations below are the accessible part. */}
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={counts.length * 52 + 56}>
          <BarChart
            accessibilityLayer={false}
            data={counts}
            layout="vertical"
            margin={{ top: 4, right: 24, bottom: 20, left: 0 }}
          >
            <CartesianGrid horizontal={false} />
            <XAxis
              type="number"
              allowDecimals={false}
              tick={{ fontSize: 12 }}
              label={{
                value: t("countAxis"),
                position: "insideBottom",
                offset: -12,
                fontSize: 12,
                fill: "#5b6475",
              }}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={axisWidth}
              tick={{ fontSize: 13, fill: "#1a1f2b" }}
            />
            <Tooltip
              shared={false}
              cursor={{ fill: "#f0f3f8" }}
              content={({ active, payload }) =>
                active && payload?.[0] ? (
                  <CountTooltip
                    row={payload[0].payload as ActorCount}
                    type={payload[0].dataKey as keyof typeof TYPE_COLORS}
                  />
                ) : null
              }
            />
            {types.map((type) => (
              <Bar
                key={type.type}
                dataKey={type.type}
                name={type.name}
                stackId="actors"
                fill={type.color}
                barSize={30}
                isAnimationActive={false}
              >
                {counts.map((row) => (
                  <Cell
                    key={row.country}
                    stroke={row.focusType === type.type ? "#1a1f2b" : undefined}
                    strokeWidth={row.focusType === type.type ? 2 : 0}
                  />
                ))}
                <LabelList
                  dataKey={type.type}
                  position="center"
                  fontSize={12}
                  fill="#1a1f2b"
                  formatter={(v: unknown) => (typeof v === "number" && v > 0 ? v : "")}
                />
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {groups.map((group) => (
        <CountryActors
          key={group.country}
          group={group}
          annotations={annotations}
          onPick={(key, focused) => setFocus(focused ? null : actorFocus(key))}
        />
      ))}
    </div>
  );
}

function CountTooltip({ row, type }: { row: ActorCount; type: keyof typeof TYPE_COLORS }) {
  const t = useTranslations("actors");
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{row.name}</p>
      <p>
        <span className="swatch" style={{ background: TYPE_COLORS[type] }} />{" "}
        {t("countTooltip", { type: t(`types.${type}`), count: row[type] })}
      </p>
      <ul>
        {row.names[type].map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </div>
  );
}

function CountryActors({
  group,
  annotations,
  onPick,
}: {
  group: ActorGroup;
  annotations: ChartAnnotations;
  onPick: (key: string, focused: boolean) => void;
}) {
  const t = useTranslations("annotations");
  return (
    <section className="actor-country" data-testid={`actors-${group.country}`}>
      <h2>
        <span className="swatch round" style={{ background: group.color }} /> {group.name}{" "}
        <span className="muted">{group.total}</span>
      </h2>
      {group.types.map((type) => (
        <div key={type.type} className="actor-type">
          <h3>
            <span className="swatch" style={{ background: TYPE_COLORS[type.type] }} /> {type.name} (
            {type.actors.length})
          </h3>
          <ul className="actor-cards">
            {type.actors.map((actor) => {
              const mark = actorMark(actor.key);
              const count = annotations.counts[mark];
              return (
                <li
                  key={actor.key}
                  className={actor.focused ? "actor-card is-focused" : "actor-card"}
                  style={{ borderLeftColor: TYPE_COLORS[actor.type] }}
                  data-testid={`actor-${actor.key}`}
                  data-mark={mark}
                >
                  <button
                    type="button"
                    className="actor-name"
                    data-focus-id={actor.key}
                    aria-pressed={actor.focused}
                    onClick={() => onPick(actor.key, actor.focused)}
                  >
                    {actor.name}
                  </button>
                  {count && (
                    <span
                      className="annotation-count"
                      data-annotations={mark}
                      data-testid={`annotation-point-actors-${group.country}-${actor.key}`}
                      role="img"
                      aria-label={t("count", { count })}
                      title={t("count", { count })}
                    >
                      {count}
                    </span>
                  )}
                  <ul className="actor-roles">
                    {actor.roles.map((role) => (
                      <li key={role.dimension}>
                        <span className="role-dimension">{role.dimension}</span> {role.text}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
