import { apiRoute } from "@/lib/api/route";
import { jsonWithEtag } from "@/lib/api/respond";
import { canRead } from "@/lib/permissions";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

export const dynamic = "force-dynamic";

// GET /api/v1/dimensions: with their scales and rubrics.
export const GET = apiRoute({ permission: canRead }, async (request) =>
  jsonWithEtag(request, { dimensions: (await getDatasetSnapshot()).dimensions }),
);
