/** The views with a fixed path (the URL contract in product.md); works and characters add theirs from the data. */
export const STATIC_PAGES = [
  { to: "/", label: "Overview" },
  { to: "/compare", label: "Compare" },
  { to: "/differences", label: "Differences" },
  { to: "/cast", label: "Cast" },
  { to: "/timeline", label: "Timeline" },
  { to: "/sources", label: "Sources" },
] as const;
