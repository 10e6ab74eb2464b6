import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "@playwright/test";
import { writeOfflineWorker } from "../build/offline-worker.ts";
import { staticHost } from "./static-host.ts";
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

/**
 * Has the browser check for a new worker, as it does on a navigation, and waits until that worker has
 * activated: it has kept every built file (on a busy machine, more than 5 s) and has cleared old caches.
 */
async function untilDeployed(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const found = new Promise<ServiceWorker | null>((done) =>
      registration.addEventListener("updatefound", () => done(registration.installing)),
    );
    await registration.update();
    const worker = await found;
    await new Promise<void>((done) => {
      const check = () => worker?.state === "activated" && done();
      worker?.addEventListener("statechange", check);
      check();
    });
  });
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
  await untilDeployed(page);
  // The tab still runs the old build: its cache stays until the tab moves on.
  expect(await page.evaluate(() => caches.keys())).toEqual([first, "parallels-0000000000000001"]);
  await page.reload();
  await expect(page.getByText("Data last checked 1 January 2020.")).toBeVisible();
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(["parallels-0000000000000001"]);
});

test("it can be installed: a manifest with a name, an icon and a start page", async ({ page }) => {
  await firstVisit(page, "/");
  const session = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await session.send("Page.getInstallabilityErrors")) as {
    installabilityErrors: { errorId: string }[];
  };
  // Every test browser is a private profile, where Chrome never offers to install; nothing else may be missing.
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
  const manifest: unknown = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "Parallels: Love in the Big City", start_url: "./", display: "standalone" });
});

test("a network that hangs gives way to the kept page and data within 3 s", async ({ page, context }) => {
  await firstVisit(page, "/differences?names=hangul");
  // Pages, data and the other unhashed files never answer; nor does the network report a failure.
  await context.route(
    (url) => !url.pathname.startsWith("/assets/"),
    () => undefined,
  );
  // The page is answered from the kept copy after 3 s (here about 3.5), not left waiting for good.
  await page.reload({ waitUntil: "commit", timeout: 8_000 });
  // Then the head's appearance.js and the view's data, 3 s each (about 8 s in all on a busy machine).
  await expect(page.getByRole("grid", { name: /Adaptation differences/ })).toBeVisible({ timeout: 15_000 });
  expect(new URL(page.url()).search).toBe("?names=hangul");
  await context.unrouteAll({ behavior: "ignoreErrors" });
});

/**
 * The next deploy: this build with every built file renamed, as when each one's bytes change, so the
 * host no longer has any file of the build before; and its own worker.
 */
function nextBuild(from: string, to: string) {
  cpSync(from, to, { recursive: true });
  const assets = join(to, "assets");
  const renamed = readdirSync(assets).map((name) => [name, name.replace(/\.\w+$/, "-next$&")] as const);
  for (const [name, next] of renamed) renameSync(join(assets, name), join(assets, next));
  const texts = readdirSync(to, { recursive: true, encoding: "utf8" }).filter((file) => /\.(html|js|css)$/.test(file));
  for (const file of texts) {
    const text = readFileSync(join(to, file), "utf8");
    writeFileSync(
      join(to, file),
      renamed.reduce((changed, [name, next]) => changed.replaceAll(name, next), text),
    );
  }
  writeOfflineWorker(to, "/");
}

const versionOf = (folder: string) =>
  `parallels-${/const VERSION = "([0-9a-f]+)"/.exec(readFileSync(join(folder, "sw.js"), "utf8"))?.[1]}`;

/** The two builds on a host of their own, which a test can deploy the second to. */
const deploys = test.extend<{ host: Awaited<ReturnType<typeof staticHost>> }>({
  // oxlint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await staticHost(resolve("dist"));
    await use(host);
    host.close();
  },
  baseURL: async ({ host }, use) => use(host.url),
});

let next = "";
deploys.beforeAll(() => {
  next = join(mkdtempSync(join(tmpdir(), "parallels-")), "next");
  nextBuild(resolve("dist"), next);
});
deploys.afterAll(() => rmSync(join(next, ".."), { recursive: true, force: true }));

const entryScript = (page: Page) => page.locator("script[type=module]").first().getAttribute("src");

deploys("a tab open across a deploy keeps its build's files until it moves on", async ({ page, context, host }) => {
  await firstVisit(page, "/");
  const other = await context.newPage();
  await other.goto("/");
  await expect(other.getByRole("heading", { level: 1 })).toBeVisible();
  const before = versionOf(resolve("dist"));
  const after = versionOf(next);
  const oldEntry = await entryScript(page);
  expect(await page.evaluate(() => caches.keys())).toEqual([before]);

  // The deploy, found by an update check; the new worker takes both tabs over.
  host.folder = next;
  await untilDeployed(page);
  expect(await page.evaluate(() => caches.keys())).toEqual([before, after]);

  // A tab on the old build opens a view whose code it never loaded: its build's file is still kept.
  await page.evaluate(() => (window.before = true));
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Cast" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cast" })).toBeVisible();
  await expect(page).toHaveURL("/cast");
  expect(await page.evaluate(() => window.before)).toBe(true);
  expect(await entryScript(page)).toBe(oldEntry);
  expect(host.missing).toEqual([]);

  // One tab moves on to the new build; the other still runs the old one, whose files stay.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Cast" })).toBeVisible();
  expect(await entryScript(page)).not.toBe(oldEntry);
  // The other tab, still on the old build, opens another view it never loaded (a tab in the background draws no frames).
  await other.bringToFront();
  await other.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Timeline" }).click();
  await expect(other.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  await expect(other).toHaveURL("/timeline");
  expect(await entryScript(other)).toBe(oldEntry);
  expect(await page.evaluate(() => caches.keys())).toEqual([before, after]);

  // Once no tab runs the old build, its cache goes (noticed at the next page or data request).
  await other.close();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Cast" })).toBeVisible();
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([after]);
  expect(host.missing).toEqual([]);
});
