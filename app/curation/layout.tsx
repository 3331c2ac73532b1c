import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The curation pages' forms read messages of their own: sent to the browser on these pages only. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages section="/curation">{children}</ClientMessages>;
}
