import actors from "@/messages/en/actors.json" with { type: "json" };
import admin from "@/messages/en/admin.json" with { type: "json" };
import annotations from "@/messages/en/annotations.json" with { type: "json" };
import auth from "@/messages/en/auth.json" with { type: "json" };
import charts from "@/messages/en/charts.json" with { type: "json" };
import common from "@/messages/en/common.json" with { type: "json" };
import curation from "@/messages/en/curation.json" with { type: "json" };
import sourcing from "@/messages/en/sourcing.json" with { type: "json" };
import history from "@/messages/en/history.json" with { type: "json" };
import editing from "@/messages/en/editing.json" with { type: "json" };
import errors from "@/messages/en/errors.json" with { type: "json" };
import indicators from "@/messages/en/indicators.json" with { type: "json" };
import matrix from "@/messages/en/matrix.json" with { type: "json" };
import overview from "@/messages/en/overview.json" with { type: "json" };
import report from "@/messages/en/report.json" with { type: "json" };
import sources from "@/messages/en/sources.json" with { type: "json" };
import timeline from "@/messages/en/timeline.json" with { type: "json" };
import validation from "@/messages/en/validation.json" with { type: "json" };
import actorsZh from "@/messages/zh/actors.json" with { type: "json" };
import adminZh from "@/messages/zh/admin.json" with { type: "json" };
import annotationsZh from "@/messages/zh/annotations.json" with { type: "json" };
import authZh from "@/messages/zh/auth.json" with { type: "json" };
import chartsZh from "@/messages/zh/charts.json" with { type: "json" };
import commonZh from "@/messages/zh/common.json" with { type: "json" };
import curationZh from "@/messages/zh/curation.json" with { type: "json" };
import sourcingZh from "@/messages/zh/sourcing.json" with { type: "json" };
import historyZh from "@/messages/zh/history.json" with { type: "json" };
import editingZh from "@/messages/zh/editing.json" with { type: "json" };
import errorsZh from "@/messages/zh/errors.json" with { type: "json" };
import indicatorsZh from "@/messages/zh/indicators.json" with { type: "json" };
import matrixZh from "@/messages/zh/matrix.json" with { type: "json" };
import overviewZh from "@/messages/zh/overview.json" with { type: "json" };
import reportZh from "@/messages/zh/report.json" with { type: "json" };
import sourcesZh from "@/messages/zh/sources.json" with { type: "json" };
import timelineZh from "@/messages/zh/timeline.json" with { type: "json" };
import validationZh from "@/messages/zh/validation.json" with { type: "json" };
import type { Lang } from "./lang";

// Every user-visible string, one file per namespace and language, so views can be worked on
// apart. messages.test.ts checks that both languages have the same keys.
const en = {
  common,
  overview,
  matrix,
  charts,
  sources,
  timeline,
  indicators,
  actors,
  annotations,
  auth,
  admin,
  errors,
  validation,
  curation,
  editing,
  history,
  sourcing,
  report,
};
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
  auth: authZh,
  admin: adminZh,
  errors: errorsZh,
  validation: validationZh,
  curation: curationZh,
  editing: editingZh,
  history: historyZh,
  sourcing: sourcingZh,
  report: reportZh,
};

export const MESSAGES: Record<Lang, Messages> = { zh, en };
export const messagesFor = (lang: Lang): Messages => MESSAGES[lang];
