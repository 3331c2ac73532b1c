import { canRead } from "@/lib/permissions";
import { apiRoute } from "@/lib/api/handler";
import { assertKnownParams } from "@/lib/api/query";
import { jsonWithEtag } from "@/lib/api/respond";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

export const dynamic = "force-dynamic";

// GET /api/v1/dataset: the whole dataset, in the import/export format.
export const GET = apiRoute(canRead, async (request, { url }) => {
  assertKnownParams(url, []);
  return jsonWithEtag(request, await getDatasetSnapshot());
});
