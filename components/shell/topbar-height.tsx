"use client";

import { useEffect } from "react";

/**
 * Publishes where the top bar ends on screen as `--topbar-bottom` on the root element, so the
 * drawers (a detail panel on a tablet, the annotations panel) open below it instead of over its
 * buttons. The bar wraps onto more rows on a narrow screen and scrolls away on a phone, so its
 * bottom is measured, again on resize and scroll, rather than assumed.
 */
export function TopbarHeight() {
  useEffect(() => {
    const bar = document.querySelector<HTMLElement>("header.topbar");
    if (!bar) return;
    const root = document.documentElement;
    let frame = 0;
    const publish = () => {
      frame = 0;
      const bottom = Math.max(0, Math.round(bar.getBoundingClientRect().bottom));
      root.style.setProperty("--topbar-bottom", `${bottom}px`);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(publish);
    };
    publish();
    const observer = new ResizeObserver(schedule);
    observer.observe(bar);
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      observer.disconnect();
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      if (frame) cancelAnimationFrame(frame);
      root.style.removeProperty("--topbar-bottom");
    };
  }, []);
  return null;
}
