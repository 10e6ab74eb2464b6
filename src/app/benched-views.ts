/**
 * The addresses `npm run bench` times (scripts/bench.ts), one per view: each view marks the one element
 * whose first paint is its content (`data-timing`), which prerender.test.tsx checks for every address here.
 */
export const BENCHED_VIEWS = [
  "/",
  "/works/film",
  "/differences",
  "/compare",
  "/cast",
  "/characters/jaehee",
  "/timeline",
  "/sources",
  "/search?q=ji",
  "/nowhere",
];
