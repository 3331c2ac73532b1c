import { NextResponse } from "next/server";
import { toCsv } from "@/lib/annotations/export";
import { annotationFilter, annotationListParams, nextCursor } from "@/lib/api/annotation-params";
import { missingTarget, type AnnotationTarget } from "@/lib/annotations/targets";
import { readJson } from "@/lib/api/body";
import { annotationCollectionResponse } from "@/lib/api/annotation-collection";
import { apiRoute } from "@/lib/api/route";
import { withHeavySlot } from "@/lib/limits/heavy";
import { badRequest, forbidden, notFound } from "@/lib/errors/app-error";
import { canAnnotate, canExport, canRead, canSeeAnnotation } from "@/lib/permissions";
import { createAnnotation, findAnnotation, listAnnotations } from "@/lib/queries/annotations";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { newAnnotationSchema } from "@/lib/schemas/annotations";

export const dynamic = "force-dynamic";

// GET /api/v1/annotations?target=&view=&kind=&author=&tag=&status=&updated-since=&q=&limit=&after=&page=&format=json|jsonld|csv
export const GET = apiRoute(
  { permission: canRead, searchParams: annotationListParams },
  async (request, { url, user, searchParams, lang }) => {
    if ((searchParams.format === "jsonld" || searchParams.format === "csv") && !canExport(user))
      throw forbidden();
    // Exports (up to 5,000 at once) and text search are heavy: bounded per user and per instance.
    if (searchParams.format === "jsonld")
      return withHeavySlot("export", user.id, () =>
        annotationCollectionResponse(request, url, user, searchParams, lang),
      );
    const heavy = searchParams.format === "csv" ? "export" : searchParams.q ? "search" : null;
    const read = () => listAnnotations(user, annotationFilter(searchParams, user));
    const { annotations, more } = heavy ? await withHeavySlot(heavy, user.id, read) : await read();
    const next = more ? nextCursor(annotations[annotations.length - 1]) : null;
    const nextUrl = next
      ? `${url.pathname}?${new URLSearchParams([...url.searchParams.entries()].filter(([k]) => k !== "after").concat([["after", next]]))}`
      : null;
    if (searchParams.format === "csv") {
      return new NextResponse(toCsv(annotations), {
        // The next page, when there is one, is named in a Link header.
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": 'attachment; filename="annotations.csv"',
          "Cache-Control": "private, no-store",
          ...(nextUrl ? { Link: `<${nextUrl}>; rel="next"` } : {}),
        },
      });
    }
    return NextResponse.json(
      { annotations, next },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  },
);

// POST /api/v1/annotations  { target, body, tags?, visibility?, parentId? }
export const POST = apiRoute({ permission: canAnnotate }, async (request, { user }) => {
  const input = await readJson(request, newAnnotationSchema);
  if (input.parentId) {
    const parent = await findAnnotation(user, input.parentId);
    if (!parent || parent.deletedAt || !canSeeAnnotation(user, parent))
      throw notFound("noReplyParent");
    if (parent.visibility !== "team") throw badRequest("replyToDraft");
    if (parent.parentId) throw badRequest("replyToReply");
    // A reply belongs to its thread: it takes the thread's target, even one orphaned by a changed source.
    const reply = {
      ...input,
      target: parent.target as AnnotationTarget,
      visibility: "team" as const,
    };
    return NextResponse.json({ annotation: await createAnnotation(user, reply) }, { status: 201 });
  }
  const missing = missingTarget(input.target, await getDatasetSnapshot());
  if (missing) throw missing;
  return NextResponse.json({ annotation: await createAnnotation(user, input) }, { status: 201 });
});
