import { axeViolations, expect, test } from "./test.ts";

test("the timeline lists every dated event with its precision, disputed dates as disputed", async ({ page }) => {
  await page.goto("/timeline");
  await expect(page).toHaveTitle(/^Timeline/);
  const list = page.getByRole("region", { name: "Every event, in order" });
  const publication = list.getByRole("listitem").filter({ hasText: "Korean publication" });
  await expect(publication).toContainText("28 June 2019 or June 2019 or 1 July 2019");
  await expect(publication).toContainText("(the sources disagree)");
  await expect(publication).toContainText("disputed");
  await expect(list.getByRole("listitem").filter({ hasText: "French edition" })).toContainText("August 2024");
  await expect(list.getByRole("listitem").filter({ hasText: "Filming" }).first()).toContainText(/to/);
  const years = await list.getByRole("heading", { level: 3 }).allTextContents();
  expect(years).toEqual([...years].sort());
});

test("the work filter lives in the URL, and Back undoes it", async ({ page }) => {
  await page.goto("/timeline");
  const count = page.getByRole("status");
  await expect(count).toHaveText(/^\d+ dated events$/);
  const all = Number((await count.textContent())?.split(" ")[0]);
  await page.getByRole("checkbox", { name: "Novel" }).uncheck();
  await expect(page).toHaveURL("/timeline?works=film%2Cseries");
  await page.getByRole("checkbox", { name: "Film" }).uncheck();
  await expect(page).toHaveURL("/timeline?works=series");
  const list = page.getByRole("region", { name: "Every event, in order" });
  await expect(list).toContainText("Release on TVING");
  await expect(list).not.toContainText("Korean cinema release");
  await page.goBack();
  await expect(page).toHaveURL("/timeline?works=film%2Cseries");
  await page.goto("/timeline?works=film");
  await expect(count).toHaveText(/^\d+ dated events$/);
  expect(Number((await count.textContent())?.split(" ")[0])).toBeLessThan(all);
});

test("axe finds nothing on the timeline", async ({ page }) => {
  await page.goto("/timeline");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("the drawing the build wrote is taken over in place: a lane per work, a mark per date with its tooltip, and it follows the filter", async ({
  page,
}) => {
  await page.goto("/timeline");
  await page
    .getByRole("heading", { level: 1, name: "Timeline" })
    .evaluate((h) => h.setAttribute("data-drawn-by-the-build", ""));
  const drawing = page.locator('[aria-hidden="true"]:has(> div > svg)');
  // Each version of a disputed date is a mark, with the whole event as its tooltip, outlined as disputed.
  const publication = drawing
    .locator("svg g:has(> title)")
    .filter({ has: page.locator("title", { hasText: /^Korean publication: / }) });
  await expect(publication).toHaveCount(3);
  await expect(publication.first().locator("title")).toHaveText(
    "Korean publication: 28 June 2019 or June 2019 or 1 July 2019",
  );
  await expect(publication.filter({ has: page.locator("rect.stroke-red-700") })).toHaveCount(3);
  await expect(drawing.locator("svg text").first()).toHaveText("2019");
  const marks = await drawing.locator("svg title").count();
  await page.getByRole("checkbox", { name: "Novel" }).uncheck();
  await expect(page).toHaveURL("/timeline?works=film%2Cseries");
  await expect(drawing.locator("svg title")).not.toHaveCount(marks);
  await expect(drawing.locator("svg title", { hasText: /^Korean publication: / })).toHaveCount(0);
  await expect(drawing.locator("div > div > div")).toHaveText(["Film", "Series"]);
  await expect(page.locator("#prerendered h1[data-drawn-by-the-build]")).toHaveText("Timeline");
  expect(await page.locator("#root [style]").count()).toBe(0);
});
