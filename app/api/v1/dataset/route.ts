import { apiRoute } from "@/lib/api/route";
import { jsonWithEtag } from "@/lib/api/respond";
import { canRead } from "@/lib/permissions";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

export const dynamic = "force-dynamic";

// GET /api/v1/dataset: the whole dataset, in the import/export format.
export const GET = apiRoute({ permission: canRead }, async (request) =>
  jsonWithEtag(request, await getDatasetSnapshot()),
);
