import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { ENTITIES, factKeyOf, KEY_FIELDS, type Entity } from "@/lib/curation/facts";
import { badRequest } from "@/lib/errors/app-error";
import { canRead } from "@/lib/permissions";
import { factHistory } from "@/lib/queries/history";

export const dynamic = "force-dynamic";

const short = z.string().max(200);

// GET /api/v1/history?fact=assessment:JP:data-governance, or
// ?entity=assessment&country=JP&dimension=data-governance, or ?entity=event&key=cn-stage-1:
// every published value of the fact, newest first.
export const GET = apiRoute(
  {
    permission: canRead,
    searchParams: z.object({
      fact: short.optional(),
      entity: short.optional(),
      key: short.optional(),
      country: short.optional(),
      dimension: short.optional(),
    }),
  },
  async (_request, { searchParams: q }) => {
    let fact = q.fact;
    if (!fact) {
      if (!q.entity || !(ENTITIES as readonly string[]).includes(q.entity))
        throw badRequest("badParameterValue", { name: "entity" });
      const entity = q.entity as Entity;
      const key = Object.fromEntries(
        KEY_FIELDS[entity].map((f) => [f, (q as Record<string, string | undefined>)[f] ?? ""]),
      );
      const missing = KEY_FIELDS[entity].find((f) => !key[f]);
      if (missing) throw badRequest("emptyParameter", { name: missing });
      fact = factKeyOf(entity, key);
    }
    return NextResponse.json(
      { fact, history: await factHistory(fact) },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  },
);
