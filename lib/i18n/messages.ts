import actors from "@/messages/en/actors.json";
import annotations from "@/messages/en/annotations.json";
import charts from "@/messages/en/charts.json";
import common from "@/messages/en/common.json";
import indicators from "@/messages/en/indicators.json";
import matrix from "@/messages/en/matrix.json";
import overview from "@/messages/en/overview.json";
import sources from "@/messages/en/sources.json";
import timeline from "@/messages/en/timeline.json";
import actorsZh from "@/messages/zh/actors.json";
import annotationsZh from "@/messages/zh/annotations.json";
import chartsZh from "@/messages/zh/charts.json";
import commonZh from "@/messages/zh/common.json";
import indicatorsZh from "@/messages/zh/indicators.json";
import matrixZh from "@/messages/zh/matrix.json";
import overviewZh from "@/messages/zh/overview.json";
import sourcesZh from "@/messages/zh/sources.json";
import timelineZh from "@/messages/zh/timeline.json";
import type { Lang } from "./lang";

// One file per namespace and language, so views can be worked on apart. messages.test.ts checks
// that both languages have the same keys.
const en = { common, overview, matrix, charts, sources, timeline, indicators, actors, annotations };
export type Messages = typeof en;
const zh: Messages = {
  common: commonZh,
  overview: overviewZh,
  matrix: matrixZh,
  charts: chartsZh,
  sources: sourcesZh,
  timeline: timelineZh,
  indicators: indicatorsZh,
  actors: actorsZh,
  annotations: annotationsZh,
};

export const MESSAGES: Record<Lang, Messages> = { zh, en };
export const messagesFor = (lang: Lang): Messages => MESSAGES[lang];
