import { canRead } from "@/lib/permissions";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { assertKnownParams } from "@/lib/api/query";
import { jsonWithEtag } from "@/lib/api/respond";
import { getSourceWithCitations } from "@/lib/queries/comparison";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

export const dynamic = "force-dynamic";

// GET /api/v1/sources/{key}: the stored text and every citation into it, with what cites it.
export const GET = apiRoute<{ key: string }>(canRead, async (request, { url, params }) => {
  assertKnownParams(url, []);
  const result = getSourceWithCitations(await getDatasetSnapshot(), params.key);
  if (!result) throw notFound(`未知的来源文档“${params.key}”`, `Unknown source document "${params.key}"`);
  return jsonWithEtag(request, result);
});
