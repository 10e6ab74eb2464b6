import type { Page } from "@playwright/test";
import { axeViolations, expect, test, untilLive } from "./test.ts";

const header = (page: Page) => page.getByRole("banner");
const views = (page: Page) => page.getByRole("navigation", { name: "Views" });

/** The middles of every link, box and button the header shows, grouped into lines (items within 6 px share one). */
async function headerLines(page: Page) {
  await untilLive(page);
  // The works' links come with the data: the header is whole once they are in.
  await expect(views(page).getByRole("link", { name: "Series", exact: true })).toBeVisible();
  const middles = await header(page).evaluate((banner) =>
    [...banner.querySelectorAll("a, input, button")]
      .map((item) => item.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => box.y + box.height / 2),
  );
  const lines: number[] = [];
  for (const middle of middles.sort((a, b) => a - b))
    if (!lines.some((line) => Math.abs(line - middle) <= 6)) lines.push(middle);
  return { lines, count: middles.length };
}

for (const [width, height] of [
  [1024, 768],
  [1280, 800],
] as const)
  test(`at ${width}×${height} the header is one line on every view`, async ({ page }) => {
    // Five views: over a minute when the 2-core machine is busy.
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    for (const path of ["/", "/differences", "/cast", "/works/film", "/sources"]) {
      await page.goto(path);
      await expect(page).toHaveURL(path);
      const { lines, count } = await headerLines(page);
      // The name, nine views, the search box, and the tools or the Menu that holds them.
      expect(count, path).toBeGreaterThanOrEqual(width >= 1280 ? 14 : 12);
      expect(lines, path).toHaveLength(1);
      // One line: its tallest item (36 px) and the header's padding (24 px) and border; two would pass 96 px.
      const box = (await header(page).boundingBox())!;
      expect(box.height, path).toBeLessThanOrEqual(64);
    }
  });

test("at 390×844 the header takes two lines at most: the views scroll sideways on their own", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/cast");
  const { lines } = await headerLines(page);
  expect(lines.length).toBeLessThanOrEqual(2);
  expect((await header(page).boundingBox())!.height).toBeLessThanOrEqual(100);
  // The last view is one swipe (or Tab) away, on the views' own line, and the page itself never scrolls sideways.
  const sources = views(page).getByRole("link", { name: "Sources" });
  await sources.focus();
  await expect(sources).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await sources.click();
  await expect(page).toHaveURL("/sources");
});

test("where the tools do not fit, Menu holds them: it opens on a click, its menus work inside, Escape closes each in turn", async ({
  page,
}) => {
  // axe on the open menu: slow when the 2-core machine is busy.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/differences");
  const menu = header(page).getByRole("button", { name: "Menu" });
  const display = header(page).getByRole("button", { name: "Display" });
  await expect(display).toBeHidden();
  await menu.click();
  await expect(header(page).getByRole("button", { name: "Spoiler guard: off" })).toBeVisible();
  await expect(header(page).getByRole("button", { name: "Share" })).toBeVisible();
  // The menu lies below the header's line, not over it.
  const line = (await menu.boundingBox())!;
  expect((await display.boundingBox())!.y).toBeGreaterThan(line.y + line.height);
  await display.click();
  await page.getByRole("radio", { name: "Dark" }).check();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(page).toHaveURL("/differences");
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("radio", { name: "Dark" })).toHaveCount(0);
  await expect(display).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(display).toBeHidden();

  // By keyboard alone: Enter on Menu, then Tab reaches the tools.
  await menu.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(header(page).getByRole("button", { name: "Spoiler guard: off" })).toBeFocused();

  // Wide enough, the tools stand in line and there is no Menu.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toBeHidden();
  await expect(display).toBeVisible();
});

test("a link to a place in a page lands it in view, not under the header", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // The last source on /sources: the page scrolls to it.
  await page.goto("/sources#source-f33");
  const target = page.locator("#source-f33");
  await expect(target).toBeInViewport();
  const box = (await target.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  const banner = (await header(page).boundingBox())!;
  // The header scrolls away with the page: it is not over the target.
  expect(banner.y + banner.height).toBeLessThanOrEqual(box.y);
  const onTop = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest("#source-f33") !== null,
    [box.x + 8, box.y + 4],
  );
  expect(onTop).toBe(true);
});
