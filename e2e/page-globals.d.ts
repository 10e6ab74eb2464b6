// What the tests and the benchmark (scripts/bench.ts) put on the page's window from inside it
// (page.evaluate, addInitScript), to read back later. The app itself never sets or reads them.
interface Window {
  /** Set before a navigation: still there after it, the page was not reloaded. */
  before?: boolean;
  /** Layout shift so far (e2e/prerender.spec.ts). */
  shift?: number;
  /** How many times "Loading…" has been shown (e2e/prerender.spec.ts). */
  loadingShown?: number;
  /** Set by an inline script, which the content security policy must stop (e2e/security.spec.ts). */
  inlineRan?: boolean;
  /** Set by hostile data, if it ever ran (e2e/security.spec.ts). */
  pwned?: number;
  /** The benchmark's paint and shift figures. */
  perf?: { fcp?: number; lcp?: number; content?: number; cls: number };
  /** The benchmark's keystroke latencies, in ms. */
  latencies?: number[];
}
