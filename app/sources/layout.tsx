import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The sources pages' forms read messages of their own: sent to the browser on these pages only. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages section="/sources">{children}</ClientMessages>;
}
