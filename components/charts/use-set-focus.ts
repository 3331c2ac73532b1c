"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { viewHref, type ViewState } from "@/lib/view-state/state";

/**
 * Puts the highlighted item in the URL (so a copied link shows it); the server then renders its
 * details. Marks carry `data-focus-id`: the one chosen by keyboard gets the keyboard focus back
 * once the new view is drawn, instead of leaving it on the page's body.
 */
export function useSetFocus(state: ViewState) {
  const router = useRouter();
  const path = usePathname();
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const id = pending.current;
    if (!id) return;
    pending.current = null;
    // A chart may draw its marks anew more than once while the layout settles (the details panel
    // narrows it): watch for a second.
    const until = performance.now() + 1000;
    let frame = 0;
    const restore = () => {
      if (!document.activeElement || document.activeElement === document.body) {
        document
          .querySelector<HTMLElement | SVGElement>(`[data-focus-id="${CSS.escape(id)}"]`)
          ?.focus({ preventScroll: true });
      }
      if (performance.now() < until) frame = requestAnimationFrame(restore);
    };
    restore();
    return () => cancelAnimationFrame(frame);
  }, [state.focus]);
  return (focus: string | null) => {
    const active = document.activeElement as HTMLElement | SVGElement | null;
    pending.current = active?.dataset.focusId ?? null;
    router.replace(viewHref(path, state, { focus }), { scroll: false });
  };
}
