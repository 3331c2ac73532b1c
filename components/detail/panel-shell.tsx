"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The behaviour every detail panel shares: it takes the focus when it opens (so a keyboard user
 * lands in it, and it scrolls into view), and Escape or its close control goes to `closeHref` and
 * gives the focus back to the control that opened it.
 */
export function PanelShell({
  title,
  closeHref,
  closeLabel,
  returnFocus,
  testId,
  className,
  children,
  head,
}: {
  title: string;
  closeHref: string;
  closeLabel: string;
  returnFocus?: string;
  testId: string;
  className?: string;
  head: ReactNode;
  children: ReactNode;
}) {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [title]);
  const close = () => {
    router.push(closeHref, { scroll: false });
    const back = returnFocus ? document.querySelector<HTMLElement>(returnFocus) : null;
    (back ?? document.getElementById("main"))?.focus({ preventScroll: true });
  };
  return (
    <aside
      className={className ? `detail-panel ${className}` : "detail-panel"}
      id={testId}
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === "Escape") close();
      }}
    >
      <div className="detail-head">
        <div>
          {head}
          <h2 id={`${testId}-title`} ref={heading} tabIndex={-1}>
            {title}
          </h2>
        </div>
        <a
          href={closeHref}
          className="detail-close"
          aria-label={closeLabel}
          data-testid="close-details"
          onClick={(e) => (e.preventDefault(), close())}
        >
          ×
        </a>
      </div>
      {children}
    </aside>
  );
}
