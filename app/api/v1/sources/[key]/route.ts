import { z } from "zod";
import { datasetFor, versionParam, withVersion } from "@/lib/api/dataset";
import { apiRoute } from "@/lib/api/route";
import { jsonWithEtag } from "@/lib/api/respond";
import { getSourceWithCitations } from "@/lib/dataset/select";
import { notFound } from "@/lib/errors/app-error";
import { canRead } from "@/lib/permissions";

export const dynamic = "force-dynamic";

const params = z.object({
  /** the source's version (default: its latest) */
  sourceVersion: versionParam.optional(),
  /** the dataset version (default: published) */
  version: versionParam.optional(),
});

// GET /api/v1/sources/{key}?sourceVersion=N&version=M: the stored text of a version and every
// citation into it, with what cites it.
export const GET = apiRoute<{ key: string }, typeof params>(
  { permission: canRead, searchParams: params },
  async (request, { params: route, searchParams }) => {
    const { data, version } = await datasetFor(searchParams.version);
    const result = getSourceWithCitations(data, route.key, searchParams.sourceVersion);
    if (!result) throw notFound("unknownSource", { key: route.key });
    return withVersion(jsonWithEtag(request, result), version);
  },
);
