import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { badRequest, notFound } from "@/lib/errors/app-error";
import { canRead } from "@/lib/permissions";
import { changesSince } from "@/lib/queries/history";
import { getSnapshot } from "@/lib/queries/snapshot";
import { versionBeforeDay } from "@/lib/queries/versions";

export const dynamic = "force-dynamic";

/** A version number, or a day (the last version published before it began). */
async function sinceVersion(raw: string): Promise<number> {
  if (/^\d{1,9}$/.test(raw)) return Number(raw);
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw))) {
    return (await versionBeforeDay(raw)) ?? 0;
  }
  throw badRequest("datasetVersion.badSince");
}

// GET /api/v1/changes?since=VERSION|YYYY-MM-DD&country=JP: facts added, changed and retired since then.
export const GET = apiRoute(
  {
    permission: canRead,
    searchParams: z.object({ since: z.string().max(20), country: z.string().max(8).optional() }),
  },
  async (_request, { searchParams }) => {
    const since = await sinceVersion(searchParams.since.trim());
    const { version } = await getSnapshot();
    const country = searchParams.country?.toUpperCase();
    const changes = since === 0 ? null : await changesSince(since, country);
    if (!changes)
      throw notFound("datasetVersion.noSuchVersion", { version: since, latest: version });
    return NextResponse.json({ since, version, country: country ?? null, changes });
  },
);
