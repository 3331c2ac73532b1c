"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A details panel opened from the URL. It takes the focus when it opens (so a keyboard user lands
 * in it); Escape or × closes it by going to `closeHref` and gives the focus back to `returnFocus`
 * (the control that opened it).
 */
export function SidePanel({ title, closeHref, closeLabel, children, testId, returnFocus }: { title: string; closeHref: string; closeLabel: string; children: ReactNode; testId?: string; returnFocus?: string }) {
  const router = useRouter();
  const close = () => {
    router.push(closeHref, { scroll: false });
    if (returnFocus) document.querySelector<HTMLElement>(returnFocus)?.focus();
  };
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [title]);
  return (
    <aside
      className="side-panel"
      aria-labelledby="side-panel-title"
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === "Escape") close();
      }}
    >
      <div className="side-panel-head">
        <h2 id="side-panel-title" ref={heading} tabIndex={-1}>{title}</h2>
        <a href={closeHref} className="close" aria-label={closeLabel} onClick={(e) => (e.preventDefault(), close())}>×</a>
      </div>
      {children}
    </aside>
  );
}
