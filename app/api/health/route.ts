import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/queries/health";

export const dynamic = "force-dynamic";

// GET /api/health: liveness for load balancers; 503 when the database does not answer.
export async function GET() {
  const db = await checkDatabase();
  if (db.ok) return NextResponse.json({ status: "ok", db: "ok" });
  return NextResponse.json(
    { status: "error", db: "unreachable", reason: db.reason },
    { status: 503 },
  );
}
