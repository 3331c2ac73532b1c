import { NextResponse } from "next/server";
import { z } from "zod";
import { viewParam } from "@/lib/api/annotation-params";
import { apiRoute } from "@/lib/api/route";
import { viewScope } from "@/lib/annotations/scope";
import { getSnapshot } from "@/lib/queries/snapshot";
import { canRead } from "@/lib/permissions";
import { threadFacets } from "@/lib/queries/annotation-threads";

export const dynamic = "force-dynamic";

const params = z.object({ view: viewParam });

/**
 * GET /api/v1/annotations/facets?view=/matrix → { authors: [{ id, name }], tags: [] }
 * The authors and tags of a view's annotations that the reader can see: what the Export menu
 * offers to choose the annotations drawn in an image.
 */
export const GET = apiRoute(
  { permission: canRead, searchParams: params },
  async (_request, { user, searchParams: q }) =>
    NextResponse.json(await threadFacets(user, viewScope(q.view, (await getSnapshot()).data)), {
      headers: { "Cache-Control": "private, no-store" },
    }),
);
