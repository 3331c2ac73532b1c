import "server-only";
import type { NextResponse } from "next/server";
import { z } from "zod";
import type { Dataset } from "@/lib/dataset/schema";
import { notFound } from "@/lib/errors/app-error";
import { getSnapshot } from "@/lib/queries/snapshot";
import { readDatasetAt } from "@/lib/queries/versions";

// `version=N` pins any read and export to a published dataset version (a citable state).

export const versionParam = z.string().transform((raw, ctx) => {
  if (/^\d{1,9}$/.test(raw.trim()) && Number(raw) >= 1) return Number(raw);
  ctx.addIssue({ code: "custom", message: "errors.datasetVersion.badVersion" });
  return z.NEVER;
});

export const versionParams = z.object({ version: versionParam.optional() });

/** The dataset at `version`, or the published one; 404 naming the latest when there is no such version. */
export async function datasetFor(version?: number): Promise<{ data: Dataset; version: number }> {
  const published = await getSnapshot();
  if (version === undefined || version === published.version) return published;
  const data = version < published.version ? await readDatasetAt(version) : null;
  if (!data) throw notFound("datasetVersion.noSuchVersion", { version, latest: published.version });
  return { data, version };
}

/** Names the version an answer shows. */
export function withVersion<R extends NextResponse | Response>(response: R, version: number): R {
  response.headers.set("X-Dataset-Version", String(version));
  return response;
}
