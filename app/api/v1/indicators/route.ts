import { canRead } from "@/lib/permissions";
import { parseFilter } from "@/lib/api/filters";
import { apiRoute } from "@/lib/api/handler";
import { jsonWithEtag } from "@/lib/api/respond";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { listIndicators } from "@/lib/queries/comparison";

export const dynamic = "force-dynamic";

// GET /api/v1/indicators?countries=CN
export const GET = apiRoute(canRead, async (request, { url }) => {
  const data = await getDatasetSnapshot();
  const filter = parseFilter(url, ["countries"], data);
  return jsonWithEtag(request, { indicators: listIndicators(data, filter) });
});
