import type { Locator, Page } from "@playwright/test";
import { CITED_BY_CODE } from "../src/data/cross-file-rules.ts";
import { axeViolations, expect, test, untilLive } from "./test.ts";

// A fact's sources are raised numbers (the source's place in the sources file), each a link named by its
// source's title, with a preview of the source on hover, focus and a first tap.
const BRACKETED_CODE = /\[[A-Z][A-Z0-9-]*\]/;
const fact = (page: Page, label: string) =>
  page.locator("dl > div").filter({ has: page.getByRole("term").getByText(label, { exact: true }) });
const marks = (scope: Page | Locator) => scope.getByRole("link", { name: /^source \d+: / });
const preview = (page: Page) => page.locator("#source-preview");
const FILM_ARTICLE = "source 2: Wikipedia article on the 2024 film";

test("a film fact's sources are raised numbers named by their titles, with no bracketed code", async ({ page }) => {
  await page.goto("/works/film");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Love in the Big City");
  await expect(page.getByRole("main")).not.toContainText(BRACKETED_CODE);
  const mark = fact(page, "Runtime").getByRole("link", { name: FILM_ARTICLE, exact: true });
  await expect(mark).toHaveText("2");
  await expect(mark).toHaveAttribute("href", "/sources#source-seed-film");
  // Every mark on the page is named by its source's title.
  expect(await marks(page).count()).toBeGreaterThan(10);
});

test("a note's sources are marks after it too, never a code in its words", async ({ page }) => {
  await page.goto("/characters/jaehee");
  const series = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Series" }) });
  await expect(series).toContainText("A Korean report gives only her given name");
  await expect(
    series
      .getByRole("cell")
      .first()
      .getByRole("link", { name: "source 34: Xportsnews report with character notes for the series" }),
  ).toHaveText("34");
  await expect(page.getByRole("main")).not.toContainText(CITED_BY_CODE);
  // An unknown cell's note cites what it can: the series' filming places.
  await page.goto("/differences?q=Itaewon");
  const itaewon = page.getByRole("gridcell").filter({ hasText: "Itaewon is among the series' filming places" });
  await expect(itaewon.getByRole("link", { name: /^source 1: Wikipedia article on the TV series$/ })).toHaveText("1");
  await expect(page.getByRole("main")).not.toContainText(CITED_BY_CODE);
});

test("hovering a mark previews its source without moving the page, and leaving closes it", async ({ page }) => {
  await page.goto("/works/film");
  await untilLive(page);
  const row = fact(page, "Runtime");
  const mark = row.getByRole("link", { name: FILM_ARTICLE, exact: true });
  await mark.scrollIntoViewIfNeeded();
  const before = await row.boundingBox();
  await mark.hover();
  await expect(preview(page)).toBeVisible();
  await expect(preview(page)).toContainText("Wikipedia article on the 2024 film");
  await expect(preview(page)).toContainText("Wikipedia · seed article");
  await expect(mark).toHaveAccessibleDescription(/Wikipedia article on the 2024 film.*seed article/);
  expect(await row.boundingBox()).toEqual(before);
  // Under the mark, not over it.
  const [card, at] = [await preview(page).boundingBox(), await mark.boundingBox()];
  expect(card!.y).toBeGreaterThanOrEqual(at!.y + at!.height - 1);
  // The pointer can cross into the preview and read it: it stays.
  await preview(page).hover();
  await expect(preview(page)).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(preview(page)).toBeHidden();
  await expect(mark).not.toHaveAttribute("aria-describedby");
  await expect(page).toHaveURL("/works/film");
});

test("tabbing to a mark previews its source; Escape closes it, focus stays, and Enter follows the link", async ({
  page,
}) => {
  await page.goto("/works/film");
  await untilLive(page);
  const all = marks(page);
  await all.first().focus();
  await page.keyboard.press("Tab");
  const second = all.nth(1);
  await expect(second).toBeFocused();
  await expect(preview(page)).toBeVisible();
  await expect(second).toHaveAttribute("aria-describedby", "source-preview");
  const name = (await second.getAttribute("aria-label"))!.replace(/^source \d+: /, "");
  await expect(preview(page)).toContainText(name);
  await page.keyboard.press("Escape");
  await expect(preview(page)).toBeHidden();
  await expect(second).toBeFocused();
  await expect(page).toHaveURL("/works/film");
  // Tabbing on to the next mark previews that one.
  await page.keyboard.press("Tab");
  await expect(all.nth(2)).toBeFocused();
  await expect(preview(page)).toBeVisible();
  const hash = new URL((await all.nth(2).getAttribute("href"))!, "http://x").hash;
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/sources${hash}`);
  await expect(preview(page)).toBeHidden();
});

test("axe finds nothing on a fact page with a preview open", async ({ page }) => {
  // A long page for axe to read.
  test.slow();
  await page.goto("/works/film");
  await untilLive(page);
  await fact(page, "Runtime").getByRole("link", { name: FILM_ARTICLE, exact: true }).hover();
  await expect(preview(page)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("an open cell's sources are marks too; Escape closes the preview first, then the cell", async ({ page }) => {
  test.slow();
  await page.goto("/differences?works=novel,series&category=characters&status=changed&cell=best-friend-name.series");
  const detail = page.getByRole("region", { name: /The best friend's name: series/ });
  await expect(detail).toContainText("Renamed Choi Mi-ae");
  await expect(detail).not.toContainText(BRACKETED_CODE);
  await expect(page.getByRole("grid", { name: /Adaptation differences/ })).not.toContainText(BRACKETED_CODE);
  await untilLive(page);
  const mark = detail.getByRole("link", { name: /^source 100: Article on how the series and the film/ }).first();
  await expect(mark).toHaveText("100");
  await mark.focus();
  await expect(preview(page)).toBeVisible();
  await expect(preview(page)).toContainText("Sportskeeda · press");
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(preview(page)).toBeHidden();
  await expect(detail).toBeVisible();
  await expect(page).toHaveURL(/cell=best-friend-name\.series/);
  await page.keyboard.press("Escape");
  await expect(detail).toBeHidden();
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true });

  test("a first tap on a mark previews its source without following it; the preview's link goes there", async ({
    page,
  }) => {
    await page.goto("/works/film");
    await untilLive(page);
    const mark = fact(page, "Runtime").getByRole("link", { name: FILM_ARTICLE, exact: true });
    await mark.tap();
    await expect(preview(page)).toBeVisible();
    await expect(preview(page)).toContainText("Wikipedia · seed article");
    await expect(page).toHaveURL("/works/film");
    // A tap elsewhere closes it; the next first tap opens it again.
    await page.getByRole("heading", { level: 1 }).tap();
    await expect(preview(page)).toBeHidden();
    await mark.tap();
    await expect(preview(page)).toBeVisible();
    await expect(page).toHaveURL("/works/film");
    await preview(page).getByRole("link", { name: "Go to the source" }).tap();
    await expect(page).toHaveURL("/sources#source-seed-film");
    await expect(page.locator("#source-seed-film")).toBeInViewport();
    await expect(preview(page)).toBeHidden();
  });
});
