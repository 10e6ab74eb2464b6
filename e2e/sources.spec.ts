import { expect, test } from "./test.ts";

test("the confidence filter lives in the URL, and Back undoes it", async ({ page }) => {
  await page.goto("/sources");
  const count = page.getByRole("status");
  await expect(count).toHaveText(/^(\d+) of \1 sources/);
  await page.getByRole("checkbox", { name: /^confirmed/ }).uncheck();
  await expect(page).toHaveURL("/sources?confidence=single-source%2Cuncertain%2Cdisputed");
  await page.getByRole("checkbox", { name: "unconfirmed" }).uncheck();
  await page.getByRole("checkbox", { name: "disputed" }).uncheck();
  await expect(page).toHaveURL("/sources?confidence=single-source");
  const claims = page.locator("#main ol > li li");
  await expect(claims.first()).toBeVisible();
  for (const text of await claims.allTextContents()) expect(text).toContain("single source");
  await page.goBack();
  await expect(page).toHaveURL("/sources?confidence=single-source%2Cdisputed");
  await expect(page.getByRole("checkbox", { name: "disputed" })).toBeChecked();
});

test("typing a search makes one history entry, not one per key", async ({ page }) => {
  await page.goto("/works/film");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Sources" }).click();
  await page.getByRole("searchbox", { name: "Search sources and claims" }).pressSequentially("box office");
  await expect(page).toHaveURL("/sources?q=box+office");
  await expect(page.getByRole("status")).not.toHaveText(/^(\d+) of \1 sources/);
  await page.goBack();
  await expect(page).toHaveURL("/sources");
  await page.goBack();
  await expect(page).toHaveURL("/works/film");
});

test("a search that matches nothing says so and can be cleared", async ({ page }) => {
  await page.goto("/sources?q=nothing-matches-this");
  await expect(page.getByText("No source matches these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).last().click();
  await expect(page).toHaveURL("/sources");
  await expect(page.getByRole("status")).toHaveText(/^(\d+) of \1 sources/);
});

test("a claim on the sources page links back to where it is shown", async ({ page }) => {
  await page.goto("/sources?q=translator");
  await page
    .locator("#source-n4")
    .getByRole("link", { name: /English translator/ })
    .click();
  await expect(page).toHaveURL("/works/novel#fact-translator");
  await expect(page.locator("#fact-translator")).toBeInViewport();
});
