import { axeViolations, expect, test, untilLive } from "./test.ts";

test("the header search finds a character by another work's name, in one history entry", async ({ page }) => {
  await page.goto("/works/film");
  await page.getByRole("searchbox", { name: "Search Parallels" }).pressSequentially("mi-ae");
  await expect(page).toHaveURL("/search?q=mi-ae");
  await expect(page).toHaveTitle(/^“mi-ae” · Search/);
  const characters = page.getByRole("region", { name: "Characters" });
  await expect(characters.getByRole("listitem").filter({ hasText: "Jaehee" })).toContainText("found by Choi Mi-ae");
  await characters.getByRole("link", { name: "Jaehee", exact: true }).click();
  await expect(page).toHaveURL("/characters/jaehee");
  await page.goBack();
  await expect(page).toHaveURL("/search?q=mi-ae");
  await page.goBack();
  await expect(page).toHaveURL("/works/film");
});

test('"/" reaches the search from a checkbox too, and types a "/" in a text box', async ({ page }) => {
  await page.goto("/cast");
  await untilLive(page);
  const novel = page.getByRole("search", { name: "Filter the cast" }).getByRole("checkbox", { name: "Novel" });
  await novel.focus();
  await page.keyboard.press("/");
  const box = page.getByRole("searchbox", { name: "Search Parallels" });
  await expect(box).toBeFocused();
  await expect(novel).toBeChecked();
  await expect(box).toHaveValue("");
  const names = page.getByRole("searchbox", { name: "Search names" });
  await names.focus();
  await page.keyboard.press("/");
  await expect(names).toBeFocused();
  await expect(names).toHaveValue("/");
  await expect(page).toHaveURL("/cast?q=%2F");
});

test("keyboard first: / focuses the search, ArrowDown reaches the results, Enter follows one", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await untilLive(page);
  await page.keyboard.press("/");
  const box = page.getByRole("searchbox", { name: "Search Parallels" });
  await expect(box).toBeFocused();
  await page.keyboard.type("habibi");
  await expect(page).toHaveURL("/search?q=habibi");
  const first = page.locator("#search-results a").first();
  await expect(first).toHaveText("Habibi");
  await page.keyboard.press("ArrowDown");
  await expect(first).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#search-results a").nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(box).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/characters/habibi");
  // The link followed is gone with the results: focus is on the new view, and Tab goes on from its top.
  await expect(page.getByRole("main")).toBeFocused();
});

test("the search reads Hangul and keeps the global parameters", async ({ page }) => {
  await page.goto("/works/novel?names=both");
  await page.getByRole("searchbox", { name: "Search Parallels" }).fill("김고은");
  await expect(page).toHaveURL(`/search?names=both&q=${encodeURIComponent("김고은")}`);
  await expect(page.getByRole("region", { name: "People" }).getByRole("link", { name: "Kim Go-eun" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("1 result");
});

test("nothing found says so; an empty box shows nothing", async ({ page }) => {
  await page.goto("/search?q=zzzz");
  await expect(page.getByRole("status")).toHaveText("0 results for “zzzz”");
  await page.getByRole("searchbox", { name: "Search Parallels" }).fill("");
  await expect(page).toHaveURL("/search");
  await expect(page.getByRole("status")).toHaveText("Nothing searched for yet.");
});

test("axe finds nothing on the search results", async ({ page }) => {
  await page.goto("/search?q=ji");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("a shared search shows its results from its own index, asked for by the page, without waiting for the data files", async ({
  page,
}) => {
  const asked: string[] = [];
  page.on("request", (request) => {
    const file = /\/data\/([a-z-]+)\.json$/.exec(new URL(request.url()).pathname)?.[1];
    if (file) asked.push(file);
  });
  // The data files do not come until the test is over: the results cannot be waiting for them.
  const late = new Promise<void>((resolve) => page.once("close", () => resolve()));
  await page.route(/\/data\/(works|people|characters|elements|awards|sources)\.json$/, (route) =>
    late.then(() => route.abort().catch(() => undefined)),
  );
  await page.goto("/search?q=jae");
  const characters = page.getByRole("region", { name: "Characters" });
  await expect(characters.getByRole("link", { name: "Jaehee", exact: true })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(/\d+ results? for “jae”/);
  await expect(page).toHaveURL("/search?q=jae");
  // Asked for first, by the page itself (its head names it), so it shares the link with nothing but the code.
  expect(asked[0]).toBe("search-index");
  await expect(page.locator('link[rel="preload"][as="fetch"][href$="/data/search-index.json"]')).toHaveCount(1);
});
