import { expect, test, untilLive } from "./test.ts";

test("global parameters survive moving between views; view parameters do not", async ({ page }) => {
  await page.goto("/sources?names=both&progress=novel:2&q=hur");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Film" }).click();
  await expect(page).toHaveURL("/works/film?names=both&progress=novel%3A2");
  await expect(page.getByText("이언희").first()).toHaveAttribute("lang", "ko");
  await page.getByRole("link", { name: /^Parallels/ }).click();
  await expect(page).toHaveURL("/?names=both&progress=novel%3A2");
});

test("names=hangul writes people's names in Hangul", async ({ page }) => {
  await page.goto("/works/series?names=hangul");
  const structure = page.getByRole("table", { name: "The sections of the series" });
  const director = structure
    .getByRole("row", { name: /^Episodes 3–4/ })
    .getByRole("cell")
    .nth(2);
  await expect(director).toHaveText(/^허진호/);
  await expect(director.getByText("허진호")).toHaveAttribute("lang", "ko");
});

test("malformed parameters are ignored with a visible note, and the page still works", async ({ page }) => {
  await page.goto("/sources?confidence=&names=klingon&q=" + "x".repeat(300) + "&names=both&colour=red");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sources");
  const note = page.getByRole("complementary", { name: "Parts of the address that were ignored" });
  await expect(note).toContainText("names");
  await expect(note).toContainText('"klingon" is not one of romanized, hangul, both');
  await expect(note).toContainText("given 2 times");
  await expect(note).toContainText("cut to 200 characters");
  await expect(note).toContainText("colour is not used on this page");
});

test("script-like values in the address are shown as text, never run", async ({ page }) => {
  await page.goto("/works/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E?q=%3Cscript%3Ealert(1)%3C/script%3E");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  await expect(page.getByText("<img src=x onerror=alert(1)>")).toBeVisible();
  await expect(page.locator("img")).toHaveCount(0);
});

test("an unknown path says what was asked for and offers the nearest pages", async ({ page }) => {
  await page.goto("/timelines");
  await expect(page).toHaveTitle(/^Not found/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  await expect(page.getByText("/timelines", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Timeline", exact: true }).last().click();
  await expect(page).toHaveURL("/timeline");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Timeline");
});

test("a deep link to a fact opens the page scrolled to it and marked", async ({ page }) => {
  await page.goto("/works/film#fact-total-admissions");
  const target = page.locator("#fact-total-admissions");
  await expect(target).toBeInViewport();
  await expect(target).toContainText("879,109");
});

test("a link followed opens its view at the top, with focus there; Back puts the reader where they were", async ({
  page,
}) => {
  await page.goto("/cast");
  // A link clicked before the app has taken the page over is a plain link: the browser loads the next page itself.
  await untilLive(page);
  const link = page
    .getByRole("main")
    .getByRole("link", { name: /^Eun-soo/ })
    .last();
  await link.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => scrollY);
  expect(before, "the link is far down the cast").toBeGreaterThan(300);
  await link.click();
  await expect(page).toHaveURL("/characters/eun-soo");
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await expect(page.getByRole("main")).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL("/cast");
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(before);
});

test("a source link opens the sources at that source, which takes focus", async ({ page }) => {
  await page.goto("/works/film");
  await page
    .getByRole("link", { name: "source 50: Star News report on the film's release day", exact: true })
    .first()
    .click();
  await expect(page).toHaveURL("/sources#source-f9");
  const entry = page.locator("#source-f9");
  await expect(entry).toBeInViewport();
  await expect(entry).toBeFocused();
  // Tab goes on from the source, not from the top of the page.
  await page.keyboard.press("Tab");
  await expect(page.locator("#source-f9 a").first()).toBeFocused();
});

test("the layout holds from a 360 px phone to a 1920 px projector", async ({ page }) => {
  for (const width of [360, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["/", "/works/film", "/sources"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    }
  }
});
