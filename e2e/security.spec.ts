import * as v from "valibot";
import { CONTENT_SECURITY_POLICY } from "../build/content-security-policy.ts";
import type { ServedFileName } from "../src/data/data-files.ts";
import { DATA_SCHEMAS } from "../src/data/data-schemas.ts";
import { expect, test } from "./test.ts";

const HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
const ALL_PATHS = [
  "/",
  "/works/novel",
  "/works/film",
  "/works/series",
  "/differences",
  "/compare",
  "/cast",
  "/characters/jaehee",
  "/timeline",
  "/sources",
  "/search?q=ji",
  "/nowhere",
];

test.describe("the Content-Security-Policy", () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test("is in the built page and refuses inline script", async ({ page, request }) => {
    const html = await (await request.get("/")).text();
    // Ahead of every script in the served page, so it governs them all.
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(0);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf("<script"));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toBe(
      CONTENT_SECURITY_POLICY,
    );
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true";
      document.head.append(script);
      return window.inlineRan === true;
    });
    expect(ran).toBe(false);
  });
});

function second<T>(list: T[]): T {
  const item = list[1];
  if (item === undefined) throw new Error("the data has fewer than two");
  return item;
}

test("data holding HTML or script is shown as inert text everywhere it appears", async ({ page }) => {
  // Each file as served, checked with its own schema (and kept as it is: valibot's output would reorder its keys).
  const poison = async <N extends ServedFileName>(
    file: N,
    edit: (json: v.InferInput<(typeof DATA_SCHEMAS)[N]>) => void,
  ) =>
    page.route(`**/data/${file}.json`, async (route) => {
      const json: unknown = await (await route.fetch()).json();
      if (!v.is(DATA_SCHEMAS[file], json)) throw new Error(`data/${file}.json does not fit its schema`);
      edit(json);
      await route.fulfill({ json });
    });
  await poison("works", (j) => {
    const film = second(j.works);
    const [fact] = film.facts;
    if (film.summary.confidence === "disputed" || !fact)
      throw new Error("the film's summary is disputed, or it has no facts");
    film.summary.value = `A film. ${HOSTILE}`;
    fact.label = HOSTILE;
  });
  await poison("elements", (j) => {
    const [element] = j.elements;
    if (element) element.name = HOSTILE;
  });
  await poison("sources", (j) => {
    const [source] = j.sources;
    if (source) source.title = HOSTILE;
  });
  // The search reads the index the build derives from the files, not the files.
  await poison("search-index", (j) => {
    const [item] = j.items;
    if (!item) throw new Error("the search index is empty");
    item.label = HOSTILE;
    item.names = [HOSTILE];
  });
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  for (const path of ["/works/film", "/differences", "/compare", "/sources", "/", "/search?q=img"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(HOSTILE).first()).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

test("no view asks anything of another origin", async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on("request", (r) => origins.add(new URL(r.url()).origin));
  for (const path of ALL_PATHS) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect([...origins]).toEqual([new URL(baseURL ?? "").origin]);
});
