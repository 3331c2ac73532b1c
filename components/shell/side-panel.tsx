"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A details panel opened from the URL. It takes the focus when it opens (so a keyboard user lands
 * in it), and Escape closes it by going to `closeHref`.
 */
export function SidePanel({ title, closeHref, closeLabel, children, testId }: { title: string; closeHref: string; closeLabel: string; children: ReactNode; testId?: string }) {
  const router = useRouter();
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
        if (e.key === "Escape") router.push(closeHref, { scroll: false });
      }}
    >
      <div className="side-panel-head">
        <h2 id="side-panel-title" ref={heading} tabIndex={-1}>{title}</h2>
        <a href={closeHref} className="close" aria-label={closeLabel} onClick={(e) => (e.preventDefault(), router.push(closeHref, { scroll: false }))}>×</a>
      </div>
      {children}
    </aside>
  );
}
