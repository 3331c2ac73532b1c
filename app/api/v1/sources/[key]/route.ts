import { apiRoute } from "@/lib/api/route";
import { jsonWithEtag } from "@/lib/api/respond";
import { getSourceWithCitations } from "@/lib/dataset/select";
import { notFound } from "@/lib/errors/app-error";
import { canRead } from "@/lib/permissions";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

export const dynamic = "force-dynamic";

// GET /api/v1/sources/{key}: the stored text and every citation into it, with what cites it.
export const GET = apiRoute<{ key: string }>(
  { permission: canRead },
  async (request, { params }) => {
    const result = getSourceWithCitations(await getDatasetSnapshot(), params.key);
    if (!result) throw notFound("unknownSource", { key: params.key });
    return jsonWithEtag(request, result);
  },
);
