import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isChartKey } from "@/lib/view-state/state";

/** An unknown chart key is a 404. Checked here because the page streams behind loading.tsx, after the status is sent. */
export default async function ChartLayout({
  params,
  children,
}: {
  params: Promise<{ chart: string }>;
  children: ReactNode;
}) {
  const { chart } = await params;
  if (!isChartKey(chart)) notFound();
  return children;
}
