import { expect, test } from "./test.ts";

test.use({ allowedConsoleErrors: [/Failed to load resource/] });

const alertOf = (page: import("@playwright/test").Page) => page.getByRole("alert");

test("a missing data file is named, and the retry works once it is back", async ({ page }) => {
  await page.route("**/data/works.json", (route) => route.fulfill({ status: 404, body: "not here" }));
  await page.goto("/works/film");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not be shown");
  await expect(alertOf(page)).toContainText("data/works.json");
  await expect(alertOf(page)).toContainText("was not found (404)");
  await page.unroute("**/data/works.json");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Love in the Big City");
  await expect(page).toHaveURL("/works/film");
});

test("a failing server is named", async ({ page }) => {
  await page.route("**/data/sources.json", (route) => route.fulfill({ status: 500, body: "" }));
  await page.goto("/sources");
  await expect(alertOf(page)).toContainText("data/sources.json");
  await expect(alertOf(page)).toContainText("could not be loaded (500)");
});

test("a file that is not JSON is named", async ({ page }) => {
  await page.route("**/data/awards.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: "{ broken" }));
  await page.goto("/works/novel");
  await expect(alertOf(page)).toContainText("data/awards.json");
  await expect(alertOf(page)).toContainText("is not valid JSON");
});

test("valid JSON that breaks the schema names the file and the field", async ({ page }) => {
  await page.route("**/data/people.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ people: [{ id: "Not An Id" }] }) }));
  await page.goto("/works/film");
  await expect(alertOf(page)).toContainText("data/people.json");
  await expect(alertOf(page)).toContainText("people[0].id: an id is lower-case kebab-case");
});

test("a broken file leaves the views that do not need it working", async ({ page }) => {
  await page.route("**/data/awards.json", (route) => route.fulfill({ status: 500, body: "" }));
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Love in the Big City, told three ways");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Film" }).click();
  await expect(alertOf(page)).toContainText("data/awards.json");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Cast" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cast");
});

test("a very slow file shows that it is loading, then the page", async ({ page }) => {
  await page.route("**/data/works.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await page.goto("/works/series");
  await expect(page.getByRole("status")).toHaveText("Loading…");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Love in the Big City", { timeout: 10_000 });
});
