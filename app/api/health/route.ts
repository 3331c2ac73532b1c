import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/queries/health";

export const dynamic = "force-dynamic";

// GET /api/health: liveness for load balancers; 503 when the database does not answer. The answer
// names no detail (it is public); the reason goes to the log, one line.
export async function GET() {
  const db = await checkDatabase();
  if (db.ok) return NextResponse.json({ status: "ok", db: "ok" });
  console.error(`health: database unreachable: ${db.reason}`);
  return NextResponse.json(
    { status: "error", db: "unreachable" },
    { status: 503, headers: { "Retry-After": "5" } },
  );
}
