import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { tableCsv } from "@/lib/export/csv";
import { exportTable } from "@/lib/export/table";
import { parseExportRequest } from "@/lib/export/request";
import { canExport } from "@/lib/permissions";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

export const dynamic = "force-dynamic";

type Params = { chart: string; file: string };

// GET /api/v1/charts/{chart}/export.csv?countries=CN,JP&dims=&from=&to=&lang=zh|en
// The data behind a chart (or the matrix) exactly as its table view shows it. Analysts and above,
// signed in or with an API token.
export const GET = apiRoute<Params>(canExport, async (_request, { params, url, lang }) => {
  const data = await getDatasetSnapshot();
  const { chart, state } = parseExportRequest(params.chart, params.file, url, data, lang);
  const { table } = exportTable(chart, data, state);
  const name = `smart-city-compare-${chart}-${state.countries.join("-")}-${lang}.csv`;
  return new NextResponse(tableCsv(table), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store" },
  });
});
