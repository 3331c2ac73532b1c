import { createHash } from "node:crypto";
import { NextResponse } from "next/server";

/** JSON with a strong ETag of the body; answers 304 when the client already has it. */
export function jsonWithEtag(request: Request, body: unknown): NextResponse {
  const text = JSON.stringify(body);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const headers = {
    ETag: etag,
    // Private: the team's data. no-cache: always revalidate, which is cheap with the ETag.
    "Cache-Control": "private, no-cache",
    Vary: "Accept-Language",
  };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim() === etag || tag.trim() === `W/${etag}`)) {
    return new NextResponse(null, { status: 304, headers });
  }
  return new NextResponse(text, {
    status: 200,
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}
