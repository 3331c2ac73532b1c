import { NextResponse } from "next/server";
import { chartImage } from "@/components/charts/chart-image";
import { CHARTS } from "@/components/charts/registry";
import { apiRoute } from "@/lib/api/route";
import { tableCsv } from "@/lib/export/csv";
import { evidenceBundle } from "@/lib/export/evidence/bundle";
import { publicOrigin } from "@/lib/api/public-origin";
import { renderPng, renderSvg } from "@/lib/export/image/render";
import { withHeavySlot } from "@/lib/limits/heavy";
import { exportParams, parseExportRequest } from "@/lib/export/request";
import { canExport } from "@/lib/permissions";
import { datasetFor, versionParam, withVersion } from "@/lib/api/dataset";
import { translator } from "@/lib/i18n/translator";
import { reviewMarks } from "@/lib/queries/history";
import { getSnapshot } from "@/lib/queries/snapshot";
import { chartPath } from "@/lib/charts/types";
import { chosenAnnotations } from "@/lib/views/annotations";

export const dynamic = "force-dynamic";

type Params = { chart: string; file: string };

const TYPES = {
  csv: "text/csv; charset=utf-8",
  svg: "image/svg+xml; charset=utf-8",
  png: "image/png",
  zip: "application/zip",
} as const;

// GET /api/v1/charts/{chart}/export.{csv,svg,png,zip}?countries=CN,JP&dims=&from=&to=&lang=zh|en&scale=1|2|4&annotations=0|1&version=N
//   &annotation-tag=&annotation-status=open|resolved&annotation-author=<user id>&annotation-ids=a,b&annotation-limit=1..20
// CSV: the chart's table view. SVG and PNG: the chart drawn on the server with its title, countries,
// sources line, date and product name, and with annotations=1 the team's annotations as numbered
// markers and a legend. ZIP: the CSV, an evidence CSV (every quote behind the view, with its source)
// and a README (sources, caveats, dataset version, licence note, permalink). Analysts and above,
// signed in or with an API token.
const params = exportParams.extend({ version: versionParam.optional() });

export const GET = apiRoute<Params, typeof params>(
  { permission: canExport, searchParams: params },
  async (request, { params, searchParams, lang, user }) => {
    const { data, version } = await datasetFor(searchParams.version);
    const { chart, format, state, scale, annotations } = parseExportRequest(
      params.chart,
      params.file,
      searchParams,
      data,
      lang,
    );
    // Reviewed marks vouch for the current values: only the matrix of the published version shows them.
    const extras =
      chart === "matrix" && version === (await getSnapshot()).version
        ? { reviewed: await reviewMarks() }
        : undefined;
    // Only images draw annotations: the CSV and the zip carry the data and its evidence.
    const drawn = format === "svg" || format === "png";
    const notes =
      annotations && drawn ? await chosenAnnotations(user, chartPath(chart), annotations) : null;
    const now = new Date();
    const name = `smart-city-compare-${chart}-${state.countries.join("-")}-v${version}-${lang}`;
    const model = () => CHARTS[chart].build(data, state, extras);
    // Drawing is heavy: bounded per user and per instance (429 with Retry-After past the limit).
    const body = await withHeavySlot("export", user.id, async () =>
      format === "csv"
        ? tableCsv(model().table, {
            label: translator(lang)("common.export.versionColumn"),
            number: version,
          })
        : format === "zip"
          ? new Uint8Array(
              evidenceBundle({
                chart,
                model: model(),
                data,
                state,
                version,
                origin: publicOrigin(request),
                name,
                now,
              }).zip,
            )
          : format === "svg"
            ? await renderSvg(chartImage(chart, data, state, notes, now, version, extras))
            : new Uint8Array(
                await renderPng(chartImage(chart, data, state, notes, now, version, extras), scale),
              ),
    );
    const file = `${name}${format === "png" && scale > 1 ? `@${scale}x` : ""}.${format}`;
    return withVersion(
      new NextResponse(body, {
        headers: {
          "Content-Type": TYPES[format],
          "Content-Disposition": `attachment; filename="${file}"`,
          "Cache-Control": "private, no-store",
        },
      }),
      version,
    );
  },
);
