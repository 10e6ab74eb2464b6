import { expect, holdScripts, test } from "./test.ts";

// Readers on Windows and most Linux desktops have scrollbars that take room; Playwright hides them by
// default. (A file of its own: a browser launched differently is a worker of its own.)
test.use({
  launchOptions: [
    async ({ launchOptions }, use) => use({ ...launchOptions, ignoreDefaultArgs: ["--hide-scrollbars"] }),
    { scope: "worker" },
  ],
});

test("the page does not move sideways when it grows long enough to scroll", async ({ page }) => {
  // A page painted before all of its HTML has arrived is short, and the rest brings the scrollbar:
  // here the drawn page, held before its code, is cut short and compared with itself at full length.
  await holdScripts(page);
  await page.goto("/sources", { waitUntil: "commit" });
  const brand = page.getByRole("link", { name: "Parallels · Love in the Big City" });
  await expect(brand).toBeVisible();
  expect(await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth)).toBeGreaterThan(0);
  const long = await brand.boundingBox();
  await page.locator("main").evaluate((main) => {
    main.replaceChildren();
    main.classList.remove("min-h-screen");
  });
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
  expect(await brand.boundingBox()).toEqual(long);
});
