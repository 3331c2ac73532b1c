import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { canMarkReviewed, canRead } from "@/lib/permissions";
import { clearReviewed, markReviewed, reviewMarks } from "@/lib/queries/history";
import { getSnapshot } from "@/lib/queries/snapshot";

export const dynamic = "force-dynamic";

// GET /api/v1/reviewed: the reviewed marks by fact key, with who and when.
export const GET = apiRoute({ permission: canRead }, async () =>
  NextResponse.json({ reviewed: await reviewMarks() }),
);

// POST /api/v1/reviewed { fact }: marks the fact's published value as reviewed.
export const POST = apiRoute({ permission: canMarkReviewed }, async (request, { user }) => {
  const { fact } = await readJson(request, z.strictObject({ fact: z.string().max(300) }));
  const { version } = await getSnapshot();
  await markReviewed(user, fact, version);
  return NextResponse.json({ reviewed: { fact, version } }, { status: 201 });
});

// DELETE /api/v1/reviewed?fact=…
export const DELETE = apiRoute(
  { permission: canMarkReviewed, searchParams: z.object({ fact: z.string().max(300) }) },
  async (_request, { user, searchParams }) => {
    await clearReviewed(user, searchParams.fact);
    return new NextResponse(null, { status: 204 });
  },
);
