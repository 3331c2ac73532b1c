import { parseFilter } from "@/lib/api/filters";
import { apiRoute } from "@/lib/api/handler";
import { jsonWithEtag } from "@/lib/api/respond";
import { listIndicators } from "@/lib/queries/comparison";

export const dynamic = "force-dynamic";

// GET /api/v1/indicators?countries=CN
export const GET = apiRoute(async (request, { url }) => {
  const filter = await parseFilter(url, ["countries"]);
  return jsonWithEtag(request, { indicators: await listIndicators(filter) });
});
