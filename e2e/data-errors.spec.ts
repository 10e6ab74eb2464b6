import type { Page, Route } from "@playwright/test";
import { countLoading, expect, test } from "./test.ts";

test.use({ allowedConsoleErrors: [/Failed to load resource/] });

/** For each file in data/: a view that needs it, and one that does not (the search needs its index alone). */
const FILES = {
  works: { needs: "/works/film", heading: "Love in the Big City", spared: "/nowhere", sparedHeading: "Not found" },
  people: {
    needs: "/works/film",
    heading: "Love in the Big City",
    spared: "/differences",
    sparedHeading: "Differences",
  },
  characters: { needs: "/cast", heading: "Cast", spared: "/", sparedHeading: "Love in the Big City, told three ways" },
  elements: { needs: "/differences", heading: "Differences", spared: "/cast", sparedHeading: "Cast" },
  awards: { needs: "/works/novel", heading: "Love in the Big City", spared: "/cast", sparedHeading: "Cast" },
  sources: { needs: "/sources", heading: "Sources", spared: "/works/film", sparedHeading: "Love in the Big City" },
  "search-index": { needs: "/search?q=ji", heading: "Search", spared: "/cast", sparedHeading: "Cast" },
} as const;

const FAULTS: Record<string, { fulfil: (route: Route) => Promise<void>; says: RegExp }> = {
  missing: { fulfil: (r) => r.fulfill({ status: 404, body: "not here" }), says: /was not found \(404\)/ },
  failing: { fulfil: (r) => r.fulfill({ status: 500, body: "" }), says: /could not be loaded \(500\)/ },
  "not JSON": {
    fulfil: (r) => r.fulfill({ status: 200, contentType: "application/json", body: "{ broken" }),
    says: /is not valid JSON/,
  },
  "breaking the schema": {
    fulfil: (r) => r.fulfill({ status: 200, contentType: "application/json", json: { nothing: [] } }),
    says: /unknown field nothing|: /,
  },
};

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

for (const [file, views] of Object.entries(FILES))
  for (const [fault, { fulfil, says }] of Object.entries(FAULTS))
    test(`${file}.json ${fault}: the message names the file, the retry works, other views are unaffected`, async ({
      page,
    }) => {
      await page.route(`**/data/${file}.json`, fulfil);
      await page.goto(views.needs);
      await expect(heading(page)).toHaveText("This page could not be shown");
      const alert = page.getByRole("alert");
      await expect(alert).toContainText(`data/${file}.json`);
      await expect(alert).toContainText(says);
      await page.goto(views.spared);
      await expect(heading(page)).toHaveText(views.sparedHeading);
      await expect(page.getByRole("alert")).toHaveCount(0);
      await page.goto(views.needs);
      await expect(page.getByRole("alert")).toContainText(`data/${file}.json`);
      await page.unroute(`**/data/${file}.json`);
      await page.getByRole("button", { name: "Try again" }).click();
      await expect(heading(page)).toHaveText(views.heading);
      await expect(page.getByRole("alert")).toHaveCount(0);
      // The button went with the message: focus is on the view, not lost to the page.
      await expect(page.getByRole("main")).toBeFocused();
    });

test("Try again asks for the file afresh, even while a request made while it was failing is still on its way", async ({
  page,
}) => {
  // The header asks for the sources again as it mounts: that request, held back, fails once it lands.
  let failing = true;
  let asked = 0;
  let onTheirWay = 0;
  await page.route("**/data/sources.json", async (route) => {
    if (!failing) return route.continue();
    onTheirWay++;
    if (++asked > 1) await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.fulfill({ status: 404, body: "not here" });
    onTheirWay--;
  });
  await page.goto("/sources");
  await expect(page.getByRole("alert")).toContainText("data/sources.json");
  await expect.poll(() => onTheirWay).toBeGreaterThan(0);
  failing = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(heading(page)).toHaveText("Sources");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page).toHaveURL("/sources");
});

const slowly = (page: Page, file: string) =>
  page.route(`**/data/${file}.json`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });

for (const [file, views] of Object.entries(FILES).filter(([name]) => name !== "search-index"))
  test(`${file}.json very slow: the page says it is loading, then shows`, async ({ page }) => {
    await slowly(page, file);
    // With a query, so the app draws the page: without one, a prerendered page shows at once (e2e/prerender.spec.ts).
    await page.goto(`${views.needs}?names=both`);
    await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
    await expect(heading(page)).toHaveText(views.heading, { timeout: 10_000 });
  });

// The search's own file is what its first render waits for, with its code (routes.tsx): a "Loading…" once
// shown stays 300 ms at least, which would hold back results that come in a moment (docs/decisions/0014).
test("search-index.json very slow: the search draws once it is in, as once its code is, with no Loading… between", async ({
  page,
}) => {
  await slowly(page, "search-index");
  await countLoading(page);
  await page.goto("/search?q=habibi");
  const characters = page.getByRole("region", { name: "Characters" });
  await expect(characters.getByRole("link", { name: "Habibi", exact: true })).toBeVisible({ timeout: 10_000 });
  await expect(page).toHaveURL("/search?q=habibi");
  expect(await page.evaluate(() => window.loadingShown)).toBe(0);
});

test("data the build validated is used without loading the schemas' code", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto("/differences");
  await expect(page.getByRole("grid", { name: /Adaptation differences/ })).toBeVisible();
  expect(scripts.filter((path) => path.includes("parse-data-file"))).toEqual([]);
  // The same file with other bytes is checked against its schema, which loads the code.
  await page.route("**/data/elements.json", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n` });
  });
  await page.goto("/differences");
  await expect(page.getByRole("grid", { name: /Adaptation differences/ })).toBeVisible();
  expect(scripts.filter((path) => path.includes("parse-data-file"))).toHaveLength(1);
});

test.describe("a part of the page whose code fails to arrive", () => {
  // One pattern: a list of two would read as a value and its options.
  test.use({ allowedConsoleErrors: [/Failed to load resource|dynamically imported module/] });

  test("the print frame: the page stays and works; a header menu: it says so, and the page stays", async ({ page }) => {
    await page.route("**/assets/print-frame-*.js", (route) => route.abort());
    await page.route("**/assets/display-choices-*.js", (route) => route.abort());
    // Drawn by the app (a query), where the failure lands in the boundary. Taking a prerendered page over, React
    // also reports the boundary it could not hydrate, as it does any hydration error.
    await page.goto("/cast?q=jaehee");
    await expect(page.getByRole("status")).toHaveText(/^4 of \d+ roles$/);
    await page.getByRole("searchbox", { name: "Search names" }).fill("");
    await expect(page).toHaveURL("/cast");
    await page.getByRole("button", { name: "Display" }).click();
    await expect(page.getByRole("alert")).toHaveText(
      "These choices could not be loaded. Check the connection, then reload the page.",
    );
    await expect(page.getByRole("heading", { level: 1, name: "Cast" })).toBeVisible();
  });
});
