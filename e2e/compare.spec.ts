import type { Page } from "@playwright/test";
import { axeViolations, expect, test } from "./test.ts";

const partTable = (page: Page, part: number) => page.getByRole("table", { name: new RegExp(`^Part ${part}:`) });

test("a student reads, part by part, how the series retells each of the novel's four stories, with sources", async ({
  page,
}) => {
  await page.goto("/compare?works=novel,series");
  await expect(page).toHaveTitle(/^Compare side by side/);
  const segments = [
    [1, "Episodes 1–2", "Son Tae-gyum"],
    [2, "Episodes 3–4", "Hur Jin-ho"],
    [3, "Episodes 5–6", "Hong Ji-young"],
    [4, "Episodes 7–8", "Kim Se-in"],
  ] as const;
  for (const [part, episodes, director] of segments) {
    const table = partTable(page, part);
    const series = table.getByRole("columnheader").nth(2);
    await expect(series).toContainText(episodes);
    await expect(series).toContainText(director);
    await expect(table.getByRole("columnheader")).toHaveCount(3);
    const firstRow = table.locator("tbody tr:not(:first-child)").first();
    await expect(firstRow.getByRole("cell").nth(1)).toContainText(/Kept|Changed|Added|Omitted|Unknown/);
  }
  await expect(
    partTable(page, 1)
      .getByRole("link", { name: /^source 100: Article on how the series and the film are linked/ })
      .first(),
  ).toHaveAttribute("href", "/sources#source-t22");
});

test("the film tells part 1 only: parts 2 to 4 say so", async ({ page }) => {
  await page.goto("/compare");
  await expect(partTable(page, 1).getByRole("columnheader", { name: /^Film/ })).toContainText("The film");
  for (const part of [2, 3, 4]) {
    await expect(partTable(page, part).getByRole("columnheader", { name: /^Film/ })).toContainText("not adapted");
    for (const cell of await partTable(page, part).locator("tbody tr:not(:first-child) td:nth-child(3)").all())
      await expect(cell).toContainText("Not adapted");
  }
});

test("columns are chosen and ordered with controls that write the URL; Back undoes the last", async ({ page }) => {
  await page.goto("/compare");
  const form = page.getByRole("search", { name: "Choose the columns" });
  // The works and the baseline wait behind "Filters"; "only" sits in the toolbar itself.
  await form.getByText("Filters", { exact: true }).click();
  await form.getByRole("checkbox", { name: "Film" }).uncheck();
  await expect(page).toHaveURL("/compare?works=novel%2Cseries");
  await expect(form.getByRole("button", { name: "Remove filter: Without the film" })).toBeVisible();
  await form.getByRole("button", { name: "Move the series left" }).click();
  await expect(page).toHaveURL("/compare?works=series%2Cnovel");
  await expect(partTable(page, 1).getByRole("columnheader")).toHaveText([/^Element/, /^Series/, /^Novel/]);
  await form.getByRole("checkbox", { name: "Only rows where the works differ" }).check();
  await expect(page).toHaveURL("/compare?works=series%2Cnovel&only=differences");
  await page.goBack();
  await expect(page).toHaveURL("/compare?works=series%2Cnovel");
  await form.getByRole("combobox", { name: "Compare with" }).selectOption("series");
  await expect(page).toHaveURL("/compare?works=series%2Cnovel&baseline=series");
  await expect(partTable(page, 1).getByRole("columnheader").nth(1)).toContainText("(baseline)");
  // The baseline's chip takes it back to the default.
  await form.getByRole("button", { name: "Remove filter: Compared with the series" }).click();
  await expect(page).toHaveURL("/compare?works=series%2Cnovel");
  await expect(form.getByRole("combobox", { name: "Compare with" })).toHaveValue("novel");
});

test("only=differences hides rows where the shown works agree", async ({ page }) => {
  await page.goto("/compare");
  await expect(page.getByRole("row", { name: /^Living together/ })).toHaveCount(1);
  await page.goto("/compare?only=differences");
  await expect(page.getByRole("row", { name: /^Living together/ })).toHaveCount(0);
  await expect(page.getByRole("row", { name: /^The best friend's name/ })).toHaveCount(1);
});

test("selecting a row marks it in the URL, and it links to the matrix and the characters", async ({ page }) => {
  await page.goto("/compare");
  const row = page.getByRole("row", { name: /^The best friend's name/ });
  await row.getByRole("button", { name: "The best friend's name" }).click();
  await expect(page).toHaveURL("/compare?row=best-friend-name");
  await expect(row.getByRole("button", { name: "The best friend's name" })).toHaveAttribute("aria-pressed", "true");
  await row.getByRole("link", { name: "In the matrix" }).click();
  await expect(page).toHaveURL("/differences?cell=best-friend-name.novel");
  await page.goBack();
  await page
    .getByRole("row", { name: /^The best friend's name/ })
    .getByRole("link", { name: "Jaehee" })
    .click();
  await expect(page).toHaveURL("/characters/jaehee");
});

test("on a small screen one work is shown at a time, under the same URL", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/compare?works=novel,series");
  const headers = partTable(page, 2).getByRole("columnheader").filter({ visible: true });
  await expect(headers).toHaveText([/^Element/, /^Novel/]);
  await page.getByRole("combobox", { name: "Work shown" }).selectOption("series");
  await expect(headers).toHaveText([/^Element/, /^Series/]);
  await expect(page).toHaveURL("/compare?works=novel,series");
  // Unticking the work on show moves the phone to one still shown, never to no work at all.
  const form = page.getByRole("search", { name: "Choose the columns" });
  await form.getByText("Filters", { exact: true }).click();
  await form.getByRole("checkbox", { name: "Series" }).uncheck();
  await expect(page).toHaveURL("/compare?works=novel");
  await expect(headers).toHaveText([/^Element/, /^Novel/]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("axe finds nothing on the comparison, wide and narrow", async ({ page }) => {
  // Two widths of a long page through axe: about a minute when the 2-core machine is busy.
  test.setTimeout(120_000);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/compare?row=lead-name");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page), `@${width}`).toEqual([]);
  }
});
