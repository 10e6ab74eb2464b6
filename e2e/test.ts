import { AxeBuilder } from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

type Options = { allowedConsoleErrors: RegExp[]; contentNoteRead: boolean };

/**
 * Every journey fails on an uncaught error, a console error it did not expect, or a request to any
 * origin but the app's own: no trackers, fonts or images from elsewhere, ever.
 */
export const test = base.extend<Options & { guard: void }>({
  allowedConsoleErrors: [[], { option: true }],
  // Journeys start as a returning reader who has read the content note; its own tests start afresh.
  contentNoteRead: [true, { option: true }],
  context: async ({ context, contentNoteRead }, use) => {
    if (contentNoteRead) await context.addInitScript(() => localStorage.setItem("parallels-content-note", "read"));
    await use(context);
  },
  guard: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? "http://localhost").origin;
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error" && !allowedConsoleErrors.some((re) => re.test(message.text())))
          problems.push(`console: ${message.text()}`);
      });
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin)
          problems.push(`request to another origin: ${url}`);
      });
      await use();
      expect(problems, "console errors, uncaught errors or foreign requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until the app has taken a prerendered page over: until then its controls are disabled and keys
 * like "/" have no listener (docs/decisions/0012). Actions such as click() and fill() wait by themselves;
 * focus() and bare key presses do not.
 */
export async function untilLive(page: Page) {
  await expect(page.locator("[data-wait][disabled]")).toHaveCount(0);
}

/** Counts every "Loading…" the page ever shows, however briefly. */
export const countLoading = (page: Page) =>
  page.addInitScript(() => {
    window.loadingShown = 0;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node.textContent?.includes("Loading…")) window.loadingShown = (window.loadingShown ?? 0) + 1;
    }).observe(document, { childList: true, subtree: true });
  });

/** Holds the app's JavaScript back for good: the page stays as the build drew it (docs/decisions/0012). */
export const holdScripts = (page: Page) => page.route("**/assets/*.js", () => undefined);

/** The rule sets axe checks: WCAG 2.0–2.2 A and AA, and its best practices. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * What axe finds on the page (or only within `include`, a selector), one line per rule with the
 * elements it flags, so that a failing test names what to fix: `expect(await axeViolations(page)).toEqual([])`.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const { violations } = await (include ? axe.include(include) : axe).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
