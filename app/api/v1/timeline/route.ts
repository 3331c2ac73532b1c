import { canRead } from "@/lib/permissions";
import { parseFilter } from "@/lib/api/filters";
import { apiRoute } from "@/lib/api/handler";
import { jsonWithEtag } from "@/lib/api/respond";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { listTimeline } from "@/lib/queries/comparison";

export const dynamic = "force-dynamic";

// GET /api/v1/timeline?countries=CN,JP&from=2008&to=2020
export const GET = apiRoute(canRead, async (request, { url }) => {
  const data = await getDatasetSnapshot();
  const filter = parseFilter(url, ["countries", "from", "to"], data);
  return jsonWithEtag(request, { events: listTimeline(data, filter) });
});
