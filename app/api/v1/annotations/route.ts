import { NextResponse } from "next/server";
import { toCsv, toJsonLd } from "@/lib/annotations/export";
import { nextCursor, parseAnnotationFilter } from "@/lib/annotations/query";
import { missingTarget, type AnnotationTarget } from "@/lib/annotations/targets";
import { readJson } from "@/lib/api/body";
import { badRequest, forbidden, notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { canAnnotate, canExport, canRead, canSeeAnnotation } from "@/lib/permissions";
import { createAnnotation, findAnnotation, listAnnotations } from "@/lib/queries/annotations";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { newAnnotationSchema } from "@/lib/schemas/annotations";

export const dynamic = "force-dynamic";

// GET /api/v1/annotations?target=&view=&kind=&author=&tag=&status=&updated-since=&q=&limit=&after=&format=json|jsonld|csv
export const GET = apiRoute(canRead, async (_request, { url, user }) => {
  const filter = parseAnnotationFilter(url, user);
  const format = url.searchParams.get("format");
  if ((format === "jsonld" || format === "csv") && !canExport(user)) throw forbidden();
  const { annotations, more } = await listAnnotations(user, filter);
  const next = more ? nextCursor(annotations[annotations.length - 1]) : null;
  const nextUrl = next ? `${url.pathname}?${new URLSearchParams([...url.searchParams.entries()].filter(([k]) => k !== "after").concat([["after", next]]))}` : null;
  if (format === "jsonld") {
    return NextResponse.json(toJsonLd(annotations, url.origin, url.toString(), nextUrl && `${url.origin}${nextUrl}`), {
      headers: { "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', "Cache-Control": "private, no-store" },
    });
  }
  if (format === "csv") {
    return new NextResponse(toCsv(annotations), {
      // The next page, when there is one, is named in a Link header.
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="annotations.csv"', "Cache-Control": "private, no-store", ...(nextUrl ? { Link: `<${nextUrl}>; rel="next"` } : {}) },
    });
  }
  return NextResponse.json({ annotations, next }, { headers: { "Cache-Control": "private, no-store" } });
});

// POST /api/v1/annotations  { target, body, tags?, visibility?, parentId? }
export const POST = apiRoute(canAnnotate, async (request, { user }) => {
  const input = await readJson(request, newAnnotationSchema);
  if (input.parentId) {
    const parent = await findAnnotation(user, input.parentId);
    if (!parent || parent.deletedAt || !canSeeAnnotation(user, parent)) throw notFound("要回复的标注不存在。", "The annotation to reply to does not exist.");
    if (parent.visibility !== "team") throw badRequest("私人草稿不能回复；请先把它发布给团队。", "A private draft cannot be replied to; share it with the team first.");
    if (parent.parentId) throw badRequest("只能回复一个讨论的第一条标注。", "Replies go to the first annotation of a thread.");
    // A reply belongs to its thread: it takes the thread's target, even one orphaned by a changed source.
    const reply = { ...input, target: parent.target as AnnotationTarget, visibility: "team" as const };
    return NextResponse.json({ annotation: await createAnnotation(user, reply) }, { status: 201 });
  }
  const missing = missingTarget(input.target, await getDatasetSnapshot());
  if (missing) throw notFound(missing.zh, missing.en);
  return NextResponse.json({ annotation: await createAnnotation(user, input) }, { status: 201 });
});
