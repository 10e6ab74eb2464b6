import type { Page } from "@playwright/test";
import { axeViolations, expect, test, untilLive } from "./test.ts";

// The first screen of /differences is the matrix (issue 22): one toolbar, a one-line key, a full-width table.
const matrix = (page: Page) => page.getByRole("grid", { name: /Adaptation differences/ });
const bodyRows = (page: Page) => matrix(page).locator("tbody tr:not(:first-child):visible");
const toolbar = (page: Page) => page.getByRole("search", { name: "Filter the matrix" });
/** The "Filters" disclosure's summary: no role of its own, found by its words as a reader does. */
const filters = (page: Page) => toolbar(page).getByText("Filters", { exact: true });

test.describe("on a first visit, with the content note shown", () => {
  test.use({ contentNoteRead: false });

  for (const { width, height, rows } of [
    { width: 1280, height: 800, rows: 2 },
    { width: 1920, height: 1080, rows: 5 },
  ])
    test(`at ${width}×${height}, ${rows} whole rows of the matrix show above the fold`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto("/differences");
      await expect(page.getByRole("note", { name: "Content note" })).toBeVisible();
      await expect(bodyRows(page).nth(rows - 1)).toBeVisible();
      const last = await bodyRows(page)
        .nth(rows - 1)
        .boundingBox();
      expect(last!.y).toBeGreaterThan(0);
      expect(last!.y + last!.height).toBeLessThanOrEqual(height);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
});

test("the table takes the content's full width, the element column held at the left", async ({ page }) => {
  await page.goto("/differences");
  const table = await matrix(page).boundingBox();
  const content = await page
    .getByRole("main")
    .evaluate((main) => main.clientWidth - parseFloat(getComputedStyle(main).paddingLeft) * 2);
  expect(Math.abs(table!.width - content)).toBeLessThanOrEqual(2);
  const [element, ...works] = await matrix(page).getByRole("columnheader").all();
  expect(await element!.evaluate((th) => getComputedStyle(th).position)).toBe("sticky");
  // The work columns share the rest evenly.
  const widths = await Promise.all(works.map(async (w) => (await w.boundingBox())!.width));
  for (const w of widths) expect(Math.abs(w - widths[0]!)).toBeLessThanOrEqual(2);
  // An open cell takes a column beside the table, and the table gives it the room.
  await matrix(page).locator('button[data-cell="uterus-model.film"]').click();
  await expect(page.getByRole("region", { name: /The uterus model: film/ })).toBeVisible();
  expect((await matrix(page).boundingBox())!.width).toBeLessThan(table!.width - 300);
});

test("chips show the choices behind Filters; each removes its own, the URL follows, and focus moves on", async ({
  page,
}) => {
  await page.goto("/differences?works=novel,series&category=music,motif");
  await untilLive(page);
  const chips = toolbar(page).getByRole("list", { name: "Active filters" }).getByRole("button");
  await expect(chips).toHaveCount(3);
  await expect(chips.nth(0)).toHaveAccessibleName("Remove filter: Without the film");
  await expect(chips.nth(1)).toHaveAccessibleName("Remove filter: Category: Music");
  await expect(chips.nth(2)).toHaveAccessibleName("Remove filter: Category: Motifs");
  await chips.nth(1).click();
  await expect(page).toHaveURL("/differences?works=novel%2Cseries&category=motif");
  await expect(matrix(page).getByRole("button", { name: /^Music \(/ })).toHaveCount(0);
  await expect(matrix(page).getByRole("button", { name: /^Motifs \(/ })).toBeVisible();
  // By keyboard: focus is on the next chip, and Enter removes it; the last category gone, every category is back.
  const motifs = toolbar(page).getByRole("button", { name: "Remove filter: Category: Motifs" });
  await expect(motifs).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/differences?works=novel%2Cseries");
  await expect(matrix(page).getByRole("button", { name: /^Structure \(/ })).toBeVisible();
  const film = toolbar(page).getByRole("button", { name: "Remove filter: Without the film" });
  await expect(film).toBeFocused();
  await page.keyboard.press("Enter");
  // The film comes back as the last column, as its box behind Filters brings it back.
  await expect(page).toHaveURL("/differences?works=novel%2Cseries%2Cfilm");
  await expect(matrix(page).getByRole("columnheader")).toHaveText(["Element", "Novel (baseline)", "Series", "Film"]);
  await expect(chips).toHaveCount(0);
  // No chip left: focus is on Filters, never dropped to the page.
  await expect(filters(page)).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL("/differences?works=novel%2Cseries");
  await expect(toolbar(page).getByRole("button", { name: "Remove filter: Without the film" })).toBeVisible();

  // A baseline other than the default, and a character's rows, are chips too.
  await page.goto("/differences?baseline=series&character=jaehee");
  await toolbar(page).getByRole("button", { name: "Remove filter: Compared with the series" }).click();
  await expect(page).toHaveURL("/differences?character=jaehee");
  await toolbar(page).getByRole("button", { name: "Remove filter: About Jaehee" }).click();
  await expect(page).toHaveURL("/differences");
});

test("Filters opens by keyboard, its choices write the URL, and axe finds nothing with it and the key open", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/differences");
  await untilLive(page);
  await toolbar(page).getByRole("searchbox", { name: "Search elements and cells" }).focus();
  await page.keyboard.press("Shift+Tab");
  await expect(filters(page)).toBeFocused();
  await expect(toolbar(page).getByRole("group", { name: "Categories" })).toHaveCount(0);
  await page.keyboard.press("Enter");
  const categories = toolbar(page).getByRole("group", { name: "Categories" });
  await expect(categories).toBeVisible();
  await expect(toolbar(page).getByRole("group", { name: "Works, in column order" })).toBeVisible();
  await expect(toolbar(page).getByRole("group", { name: "Rows where a work is" })).toBeVisible();
  // Into the panel: the baseline's box is locked, so its "move right" comes first, then the film's box.
  await page.keyboard.press("Tab");
  await expect(toolbar(page).getByRole("button", { name: "Move the novel right" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(toolbar(page).getByRole("checkbox", { name: /^film$/i })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL("/differences?works=novel%2Cseries");
  await expect(toolbar(page).getByRole("button", { name: "Remove filter: Without the film" })).toBeVisible();

  // The key: one line of badges, opening on what each means.
  const key = page.getByText(/^Key, each cell compared with the novel/);
  await expect(page.getByText("told another way")).toBeHidden();
  await key.click();
  await expect(page.getByText("told another way")).toBeVisible();

  await filters(page).focus();
  await page.keyboard.press("Enter");
  await expect(categories).toHaveCount(0);
  await page.keyboard.press("Enter");
  await expect(categories).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe("on the page the build drew", () => {
  test.use({ contentNoteRead: false });

  test("Filters opened before the app takes the page over says so, then shows the filters", async ({ page }) => {
    await page.route("**/assets/differences-view-*.js", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    await page.goto("/differences", { waitUntil: "commit" });
    await filters(page).click();
    await expect(toolbar(page).getByText("The filters open once the page has loaded…")).toBeVisible();
    // Taken over, the same disclosure stays open and holds the filters themselves.
    await expect(toolbar(page).getByRole("checkbox", { name: /^film$/i })).toBeVisible({ timeout: 15_000 });
    await expect(toolbar(page).getByText("The filters open once the page has loaded…")).toHaveCount(0);
    await expect(page).toHaveURL("/differences");
  });
});
