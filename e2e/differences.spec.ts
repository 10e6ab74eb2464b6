import type { Page } from "@playwright/test";
import { axeViolations, expect, test } from "./test.ts";

const matrix = (page: Page) => page.getByRole("grid", { name: /Adaptation differences/ });
const bodyRows = (page: Page) => matrix(page).locator("tbody tr:not(:first-child):visible");
const controls = (page: Page) => page.getByRole("search", { name: "Filter the matrix" });
/** Opens the toolbar's "Filters" (the works, the baseline, the categories, the change types); the URL stays. */
async function openFilters(page: Page) {
  const url = page.url();
  await controls(page).getByText("Filters", { exact: true }).click();
  await expect(controls(page).getByRole("combobox", { name: "Compare with" })).toBeVisible();
  expect(page.url()).toBe(url);
}

test("the teacher's link: how the series changes the novel's characters, with one cell open", async ({ page }) => {
  await page.goto("/differences?works=novel,series&category=characters&status=changed&cell=best-friend-name.series");
  await expect(page).toHaveTitle(/^Differences/);
  await expect(matrix(page).getByRole("columnheader")).toHaveText(["Element", "Novel (baseline)", "Series"]);
  await expect(
    page.getByText(
      /Showing the novel and the series, compared with the novel; category: characters; rows where a work is changed\./,
    ),
  ).toBeVisible();
  const rows = bodyRows(page);
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row.getByRole("gridcell").nth(1)).toContainText("Changed");
  const cell = page.locator("#cell-best-friend-name--series");
  await expect(cell).toBeInViewport();
  await expect(cell.getByRole("button")).toHaveAttribute("aria-current", "true");
  const detail = page.getByRole("region", { name: /The best friend's name: series/ });
  await expect(detail).toContainText("Renamed Choi Mi-ae");
  await expect(
    detail.getByRole("link", { name: /^source 100: Article on how the series and the film are linked/ }).first(),
  ).toHaveAttribute("href", "/sources#source-t22");
});

test("without the novel and without baseline=, the first shown work is the baseline, and no column is added", async ({
  page,
}) => {
  await page.goto("/differences?works=film,series");
  await expect(matrix(page).getByRole("columnheader")).toHaveText(["Element", "Film (baseline)", "Series"]);
  await openFilters(page);
  const compareWith = page.getByRole("combobox", { name: "Compare with" });
  await expect(compareWith).toHaveValue("film");
  await compareWith.selectOption("series");
  await expect(page).toHaveURL("/differences?works=film%2Cseries&baseline=series");
  // Back to the default: the parameter goes, as every default does.
  await compareWith.selectOption("film");
  await expect(page).toHaveURL("/differences?works=film%2Cseries");
  await page.goto("/compare?works=series,film");
  await page.getByRole("search", { name: "Choose the columns" }).getByText("Filters", { exact: true }).click();
  await expect(page.getByRole("combobox", { name: "Compare with" })).toHaveValue("series");
});

test("each parameter works from a deep link", async ({ page }) => {
  await page.goto("/differences?works=series,film&baseline=film");
  await expect(matrix(page).getByRole("columnheader")).toHaveText(["Element", "Series", "Film (baseline)"]);
  await openFilters(page);
  await expect(page.getByRole("combobox", { name: "Compare with" })).toHaveValue("film");

  await page.goto("/differences?category=music");
  await expect(matrix(page).getByRole("button", { name: /^Music \(/ })).toBeVisible();
  await expect(matrix(page).getByRole("button", { name: /Characters/ })).toHaveCount(0);

  await page.goto("/differences?status=added");
  await expect(bodyRows(page).first()).toBeVisible();
  await expect(bodyRows(page).filter({ hasNotText: /Added/ })).toHaveCount(0);

  await page.goto("/differences?q=uterus");
  await expect(matrix(page).getByRole("row", { name: /The uterus model/ })).toBeVisible();
  for (const row of await bodyRows(page).all()) await expect(row).toContainText(/uterus/i);
  expect(await bodyRows(page).count()).toBeLessThan(5);

  await page.goto("/differences?only=differences");
  await expect(matrix(page).getByRole("row", { name: /Living together/ })).toHaveCount(0);
  await page.goto("/differences");
  await expect(matrix(page).getByRole("row", { name: /Living together/ })).toHaveCount(1);

  await page.goto("/differences?collapsed=structure,plot");
  await expect(matrix(page).getByRole("button", { name: /Structure/ })).toHaveAttribute("aria-expanded", "false");
  await expect(matrix(page).getByRole("row", { name: /How much of the book is told/ })).toBeHidden();
});

test("each control writes the URL, and Back undoes the last choice", async ({ page }) => {
  await page.goto("/differences");
  await openFilters(page);
  await controls(page).getByRole("checkbox", { name: "Film" }).uncheck();
  await expect(page).toHaveURL("/differences?works=novel%2Cseries");
  await controls(page).getByRole("button", { name: "Move the series left" }).click();
  await expect(page).toHaveURL("/differences?works=series%2Cnovel");
  await controls(page).getByRole("combobox", { name: "Compare with" }).selectOption("series");
  await expect(page).toHaveURL("/differences?works=series%2Cnovel&baseline=series");
  await page.goBack();
  await expect(page).toHaveURL("/differences?works=series%2Cnovel");
  await page.goto("/differences");
  await openFilters(page);

  const categories = controls(page).getByRole("group", { name: "Categories" });
  for (const name of ["Structure", "Plot", "Settings", "Music", "Motifs", "Themes", "Point of view", "Production"])
    await categories.getByRole("checkbox", { name }).uncheck();
  await expect(page).toHaveURL("/differences?category=characters");
  const statuses = controls(page).getByRole("group", { name: "Rows where a work is" });
  for (const name of ["kept", "added", "omitted", "not adapted", "unknown"])
    await statuses.getByRole("checkbox", { name: new RegExp(`${name}$`) }).uncheck();
  await expect(page).toHaveURL("/differences?category=characters&status=changed");
  await controls(page).getByRole("checkbox", { name: "Only rows where the works differ" }).check();
  await expect(page).toHaveURL("/differences?category=characters&status=changed&only=differences");
  await page.goBack();
  await expect(page).toHaveURL("/differences?category=characters&status=changed");
  await expect(controls(page).getByRole("checkbox", { name: "Only rows where the works differ" })).not.toBeChecked();

  await controls(page).getByRole("searchbox", { name: "Search elements and cells" }).pressSequentially("Mi-ae");
  await expect(page).toHaveURL("/differences?category=characters&status=changed&q=Mi-ae");
  // The whole search is one history entry: Back returns to the matrix as it was before it.
  await page.goBack();
  await expect(page).toHaveURL("/differences?category=characters&status=changed");

  await matrix(page)
    .getByRole("button", { name: /^Characters \(/ })
    .click();
  await expect(page).toHaveURL("/differences?category=characters&status=changed&collapsed=characters");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL("/differences?collapsed=characters");
});

test("opening and closing a cell by mouse and by keyboard, with focus kept in place", async ({ page }) => {
  await page.goto("/differences");
  const first = matrix(page).locator("button[data-cell]").first();
  await first.focus();
  await expect(first).toHaveAttribute("data-cell", "adapted-scope.novel");
  await page.keyboard.press("ArrowRight");
  await expect(matrix(page).locator('button[data-cell="adapted-scope.film"]')).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(matrix(page).locator('button[data-cell="part-titles.film"]')).toBeFocused();
  await page.keyboard.press("End");
  await expect(matrix(page).locator('button[data-cell="part-titles.series"]')).toBeFocused();
  const outline = await page.evaluate(
    () => document.activeElement && getComputedStyle(document.activeElement).outlineStyle,
  );
  expect(outline).toBe("solid");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/differences?cell=part-titles.series");
  await expect(page.getByRole("heading", { name: /Titles of the parts: series/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL("/differences");
  await expect(matrix(page).locator('button[data-cell="part-titles.series"]')).toBeFocused();

  await matrix(page).locator('button[data-cell="uterus-model.film"]').click();
  await expect(page).toHaveURL("/differences?cell=uterus-model.film");
  await page.getByRole("button", { name: "Close the cell detail" }).click();
  await expect(page).toHaveURL("/differences");
  await page.goBack();
  await expect(page).toHaveURL("/differences?cell=uterus-model.film");
  await expect(page.getByRole("region", { name: /The uterus model: film/ })).toBeVisible();
});

test("the CSV holds the rows on screen with their change types and sources", async ({ page }) => {
  await page.goto("/differences?works=novel,series&category=characters&status=changed");
  await expect(bodyRows(page).first()).toBeVisible();
  const shown = await bodyRows(page).count();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download as CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("parallels-differences.csv");
  const bytes = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
  // UTF-8 with a byte-order mark: Excel then reads the Hangul names as written.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    "Category,Element,Novel part,novel: change against novel,novel: what it does,novel: sources,series: change against novel,series: what it does,series: sources",
  );
  expect(lines).toHaveLength(shown + 1);
  expect(lines.find((l) => l.includes("The best friend's name"))).toMatch(
    /,changed,"?Renamed Choi Mi-ae.*,SEED-TV T22$/,
  );
});

test("printed, the matrix is a handout: legend, filter stated, every row, sources as footnotes, no controls", async ({
  page,
}) => {
  await page.goto("/differences?category=music,motif&collapsed=motif");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#change-legend")).toBeVisible();
  await expect(
    page.getByText(
      /Showing the novel, the film and the series, compared with the novel; categories: music and motif\./,
    ),
  ).toBeVisible();
  await expect(controls(page)).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Views" })).toBeHidden();
  await expect(matrix(page).getByRole("row", { name: /The uterus model/ })).toBeVisible();
  const footnotes = page.getByRole("region", { name: "Sources cited on this page" });
  await expect(footnotes).toBeVisible();
  await expect(footnotes).toContainText("2. Wikipedia article on the 2024 film, Wikipedia.");
});

test("an empty filter says so and clears in one click", async ({ page }) => {
  await page.goto("/differences?q=nothing-at-all-like-this");
  await expect(page.getByText("No element matches these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).last().click();
  await expect(page).toHaveURL("/differences");
  await expect(bodyRows(page).first()).toBeVisible();
});

test("at 360 px one work is shown at a time, chosen with a switcher", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/differences");
  const headers = matrix(page).getByRole("columnheader");
  await expect(headers.filter({ visible: true })).toHaveText(["Element", "Film"]);
  await page.getByRole("combobox", { name: "Work shown" }).selectOption("series");
  await expect(headers.filter({ visible: true })).toHaveText(["Element", "Series"]);
  await expect(page).toHaveURL("/differences");
  // Unticking the work on show moves the phone to one that is still shown, never to no work at all.
  await openFilters(page);
  await controls(page).getByRole("checkbox", { name: "Series" }).uncheck();
  await expect(page).toHaveURL("/differences?works=novel%2Cfilm");
  await expect(headers.filter({ visible: true })).toHaveText(["Element", "Film"]);
  await expect(page.getByRole("combobox", { name: "Work shown" })).toHaveValue("film");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("axe finds nothing on the matrix, filtered, with a cell open, and at 360 px", async ({ page }) => {
  // Four states of the longest table through axe: about a minute when the 2-core machine is busy.
  test.setTimeout(120_000);
  for (const [path, width] of [
    ["/differences", 1280],
    ["/differences?works=novel,series&category=characters&cell=best-friend-name.series", 1280],
    ["/differences", 360],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await expect(matrix(page)).toBeVisible();
    expect(await axeViolations(page), `${path} @${width}`).toEqual([]);
  }
});
