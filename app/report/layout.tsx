import { forbidden } from "next/navigation";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canExport } from "@/lib/permissions";

/**
 * The report is an export, for analysts and above like the export API. Checked here, outside the
 * page's loading boundary, so that a viewer gets a 403 before anything streams (the page, which
 * redirects signed-out visitors, checks again).
 */
export default async function ReportLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (user && !canExport(user)) forbidden();
  return children;
}
