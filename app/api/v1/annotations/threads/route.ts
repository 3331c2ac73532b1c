import { NextResponse } from "next/server";
import { z } from "zod";
import { afterParam, kindParam, qParam, statusParam, viewParam } from "@/lib/api/annotation-params";
import { textParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import type { TargetKind } from "@/lib/annotations/targets";
import { canRead } from "@/lib/permissions";
import { panelPage } from "@/lib/views/annotation-threads";
import { viewFor } from "@/lib/views/context";
import { withHeavySlot } from "@/lib/limits/heavy";

export const dynamic = "force-dynamic";

const params = z.object({
  view: viewParam,
  /** The view's own query (`countries=CN,JP&version=3`): the links and names follow it. */
  state: textParam("state").optional(),
  author: textParam("author").optional(),
  tag: textParam("tag").optional(),
  status: statusParam.optional(),
  kind: kindParam.optional(),
  q: qParam.optional(),
  after: afterParam.optional(),
});

/**
 * GET /api/v1/annotations/threads?view=/matrix&state=…&author=&tag=&status=&kind=&q=&after=
 * A page of the annotations panel's threads, filtered and paged in the database, each with its
 * target in words and a link to it. The panel fetches the next pages, other filters, and the first
 * page again when a change arrives on the stream.
 */
export const GET = apiRoute(
  { permission: canRead, searchParams: params },
  async (_request, { user, lang, searchParams: q }) => {
    const state = Object.fromEntries(new URLSearchParams(q.state ?? ""));
    const view = await viewFor(user, lang, q.view, state);
    const read = () =>
      panelPage(
        view,
        {
          author: q.author ?? "",
          tag: q.tag ?? "",
          status: q.status ?? "",
          kind: (q.kind ?? "") as TargetKind | "",
          q: q.q ?? "",
        },
        q.after ?? null,
      );
    // A text search is heavy: bounded per user and per instance (429 with Retry-After past it).
    const page = q.q ? await withHeavySlot("search", user.id, read) : await read();
    return NextResponse.json(page, { headers: { "Cache-Control": "private, no-store" } });
  },
);
