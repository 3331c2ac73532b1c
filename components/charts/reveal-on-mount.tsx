"use client";

import { useEffect, useRef } from "react";

/** Scrolls its parent into view when it appears, so that details opened from far down a chart are seen. */
export function RevealOnMount() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const panel = ref.current?.parentElement;
    if (!panel) return;
    const box = panel.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight - 80) panel.scrollIntoView({ block: "start", behavior: "smooth" });
  }, []);
  return <span ref={ref} hidden />;
}
