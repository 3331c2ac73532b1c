import { canRead } from "@/lib/permissions";
import { apiRoute } from "@/lib/api/handler";
import { assertKnownParams } from "@/lib/api/query";
import { jsonWithEtag } from "@/lib/api/respond";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

export const dynamic = "force-dynamic";

// GET /api/v1/countries
export const GET = apiRoute(canRead, async (request, { url }) => {
  assertKnownParams(url, []);
  return jsonWithEtag(request, { countries: (await getDatasetSnapshot()).countries });
});
