import { NextResponse } from "next/server";
import { z } from "zod";
import { textParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { canListTeammates } from "@/lib/permissions";
import { searchTeammates } from "@/lib/queries/users";

export const dynamic = "force-dynamic";

const params = z.object({ q: textParam("q", 100).optional() });

// GET /api/v1/teammates?q=: up to 8 enabled users whose name or e-mail contains q, for @mentions.
export const GET = apiRoute(
  { permission: canListTeammates, searchParams: params },
  async (_request, { searchParams }) =>
    NextResponse.json(
      { users: await searchTeammates(searchParams.q ?? "", 8) },
      { headers: { "Cache-Control": "private, no-store" } },
    ),
);
