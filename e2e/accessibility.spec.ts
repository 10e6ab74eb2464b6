import { axeViolations, expect, test, untilLive } from "./test.ts";

const VIEWS = [
  "/",
  "/works/novel",
  "/works/film",
  "/works/series",
  "/sources",
  "/sources?confidence=disputed",
  "/differences",
  "/cast",
  "/characters/jaehee",
  "/timeline",
  "/no-such-page",
  "/works/nope",
];

for (const path of VIEWS) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe("with a data file failing", () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });
  test("axe finds nothing on the error message", async ({ page }) => {
    await page.route("**/data/works.json", (route) => route.fulfill({ status: 500, body: "" }));
    await page.goto("/works/film");
    await expect(page.getByRole("alert")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test("keyboard alone: skip to content, then reach a view through the header", async ({ page }) => {
  await page.goto("/");
  // The header's links to the works come from the data: wait until they are there, as a reader would.
  await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Film" })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /^Parallels/ })).toBeFocused();
  const outline = await page.evaluate(
    () => document.activeElement && getComputedStyle(document.activeElement).outlineStyle,
  );
  expect(outline).toBe("solid");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Film" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/works/film");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Love in the Big City");
});

test("keyboard alone: the sources filters work without a mouse", async ({ page }) => {
  await page.goto("/sources");
  await untilLive(page);
  await page.getByRole("searchbox", { name: "Search sources and claims" }).focus();
  await page.keyboard.type("Toronto");
  await expect(page).toHaveURL("/sources?q=Toronto");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("checkbox", { name: /^confirmed/ })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/confidence=single-source%2Cuncertain%2Cdisputed/);
});

test("every piece of Hangul on every view is marked lang=ko", async ({ page }) => {
  // Each of these views shows Hangul (titles, names), so the check below always has something to check.
  for (const path of [
    "/",
    "/works/novel",
    "/works/film",
    "/works/series",
    "/works/film?names=both",
    "/works/series?names=hangul",
    "/differences",
    "/differences?cell=older-lover-name.series",
    "/cast?q=%EA%B9%80",
    "/characters/hyung?names=both",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const unmarked = await page.evaluate(() => {
      const hangul = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const out: string[] = [];
      let checked = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!hangul.test(node.textContent ?? "")) continue;
        checked += 1;
        if (node.parentElement?.closest("[lang]")?.getAttribute("lang") !== "ko") out.push(node.textContent ?? "");
      }
      return { checked, out };
    });
    expect(unmarked.checked, `${path} shows some Hangul`).toBeGreaterThan(0);
    expect(unmarked.out, path).toEqual([]);
  }
});
