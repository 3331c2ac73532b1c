import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { findSource } from "@/lib/dataset/sources";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

/** An unknown source is a 404, answered here before the page streams behind loading.tsx. */
export default async function SourceLayout({
  params,
  children,
}: {
  params: Promise<{ key: string }>;
  children: ReactNode;
}) {
  const { key } = await params;
  const data = await getDatasetSnapshot();
  if (!findSource(data, key)) notFound();
  return children;
}
