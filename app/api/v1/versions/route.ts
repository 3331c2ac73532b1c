import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/route";
import { canRead } from "@/lib/permissions";
import { listVersions } from "@/lib/queries/versions";

export const dynamic = "force-dynamic";

// GET /api/v1/versions: every published dataset version, newest first.
export const GET = apiRoute({ permission: canRead }, async () =>
  NextResponse.json({ versions: await listVersions() }),
);
