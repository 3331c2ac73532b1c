import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/route";
import { notFound } from "@/lib/errors/app-error";
import { canRead } from "@/lib/permissions";
import { findSourceFile } from "@/lib/queries/sources";

export const dynamic = "force-dynamic";

// GET /api/v1/sources/{key}/versions/{version}/original: the file as it was uploaded.
export const GET = apiRoute<{ key: string; version: string }>(
  { permission: canRead },
  async (_request, { params }) => {
    const version = Number(params.version);
    const file = Number.isInteger(version) ? await findSourceFile(params.key, version) : null;
    if (!file) throw notFound("sourceFile.noOriginal");
    // An attachment with a fixed type: the original is never rendered by the browser in our origin.
    const name = encodeURIComponent(file.filename);
    return new NextResponse(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mediaType,
        "Content-Disposition": `attachment; filename*=UTF-8''${name}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, max-age=3600",
      },
    });
  },
);
