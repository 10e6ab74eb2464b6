import { expect, test } from "./test.ts";

// A deploy replaces the chunk files under an open tab, and a link can drop (docs/decisions/0016). The pages
// here carry a query, so the app draws them afresh: a prerendered page taken over would add React's own
// report of the boundary it could not hydrate.
test.use({ allowedConsoleErrors: [/Failed to load resource|dynamically imported module/] });

const castHeading = { level: 1, name: "Cast" } as const;

test("after a deploy, a tab that asks for a chunk the new build lacks reloads once, at the same address", async ({
  page,
}) => {
  let missing = true;
  await page.route("**/assets/cast-view-*.js", (route) => {
    if (!missing) return route.continue();
    missing = false;
    return route.fulfill({ status: 404, body: "gone" });
  });
  await page.goto("/?names=hangul");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.evaluate(() => (window.before = true));
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Cast" }).click();
  await expect(page.getByRole("heading", castHeading)).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL("/cast?names=hangul");
  // A new page, not the old one patched: the reload happened.
  expect(await page.evaluate(() => window.before)).toBeUndefined();
  // Once loaded, the guard against reloading in a loop is cleared for the next deploy.
  expect(await page.evaluate(() => sessionStorage.getItem("parallels-reloaded-after-failed-load"))).toBeNull();
});

test("a view whose code still fails says so, loses nothing, and Try again really loads it again", async ({ page }) => {
  await page.route("**/assets/cast-view-*.js", (route) => route.fulfill({ status: 500, body: "down" }));
  await page.goto("/?names=hangul");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Cast" }).click();
  // One reload, and the code fails again: the view explains, at the address asked for.
  await expect(page.getByRole("alert")).toContainText("This page's code could not be loaded", { timeout: 15_000 });
  await expect(page).toHaveURL("/cast?names=hangul");
  await page.unroute("**/assets/cast-view-*.js");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", castHeading)).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.getByRole("main")).toBeFocused();
  await expect(page).toHaveURL("/cast?names=hangul");
});
