import type { ReactNode } from "react";

/**
 * Lets a wide table scroll sideways on a small screen without the page doing so. Positioned, so
 * visually hidden captions stay inside it; focusable and named, so keyboard users can scroll it.
 */
export function TableScroller({ label, children }: { label: string; children: ReactNode }) {
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section aria-label={label} tabIndex={0} className="relative mt-2 overflow-x-auto print:overflow-visible">
      {children}
    </section>
  );
}
