import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./test.ts";

test.use({ serviceWorkers: "allow" });
// One at a time: the deploy test changes the served worker, which the others install.
test.describe.configure({ mode: "serial" });

const WORKER = resolve("dist/sw.js");
let deployed = "";
test.beforeAll(() => {
  deployed = readFileSync(WORKER, "utf8");
});
test.afterEach(() => writeFileSync(WORKER, deployed));

/** The first visit: the worker has kept every file once it controls the page. */
async function firstVisit(page: Page, path: string) {
  await page.goto(path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test("after one visit, every view and its data work offline", async ({ page, context }) => {
  await firstVisit(page, "/differences?names=hangul");
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("grid", { name: /Adaptation differences/ })).toBeVisible();
  expect(new URL(page.url()).search).toBe("?names=hangul");
  // A view not yet opened, by a link (its code and data kept too).
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Film" }).click();
  await expect(page).toHaveURL(/\/works\/film\?names=hangul$/);
  await expect(page.getByRole("heading", { level: 1, name: "Love in the Big City" })).toBeVisible();
  await expect(page.getByText("E.oni").first()).toBeVisible();
  // Pages typed in or opened from a shared link, never visited: a character, a search, an unknown id.
  await page.goto("/characters/su-ho");
  await expect(page.getByRole("heading", { level: 1, name: /Su-ho/ })).toBeVisible();
  await page.goto("/search?q=seoul");
  await expect(page.getByRole("heading", { level: 1, name: /Search/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Seoul/ }).first()).toBeVisible();
  await page.goto("/characters/nobody");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
});

test("a new deploy takes over at once, and its data is never stale", async ({ page, context }) => {
  await firstVisit(page, "/");
  const [first] = await page.evaluate(() => caches.keys());
  expect(first).toMatch(/^parallels-[0-9a-f]{16}$/);
  await expect(page.getByText(/^Data last checked \d+ \w+ \d{4}\.$/)).toBeVisible();
  await expect(page.getByText("Data last checked 1 January 2020.")).toHaveCount(0);
  // The next deploy: a new worker on the server (the browser fetches workers past any route) and a data file with a new date.
  writeFileSync(WORKER, deployed.replace(/const VERSION = "[0-9a-f]+"/, 'const VERSION = "0000000000000001"'));
  await context.route("**/data/works.json", async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      body: (await response.text()).replace(/"checked": "[\d-]+"/, '"checked": "2020-01-01"'),
    });
  });
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  // Installing fetches every built file again: on a busy machine that takes more than the default 5 s.
  await expect
    .poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
    .toEqual(["parallels-0000000000000001"]);
  await page.reload();
  await expect(page.getByText("Data last checked 1 January 2020.")).toBeVisible();
});

test("it can be installed: a manifest with a name, an icon and a start page", async ({ page }) => {
  await firstVisit(page, "/");
  const session = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await session.send("Page.getInstallabilityErrors")) as {
    installabilityErrors: { errorId: string }[];
  };
  // Every test browser is a private profile, where Chrome never offers to install; nothing else may be missing.
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
  const manifest = (await (await page.request.get("/manifest.webmanifest")).json()) as {
    name: string;
    start_url: string;
    display: string;
  };
  expect(manifest).toMatchObject({ name: "Parallels: Love in the Big City", start_url: "./", display: "standalone" });
});
