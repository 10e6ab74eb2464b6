import { expect, test } from "./test.ts";

test("the overview shows the three works and the parts each one tells", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Parallels: Love in the Big City, told three ways");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Love in the Big City, told three ways");
  for (const medium of ["novel", "film", "series"]) {
    await expect(page.getByRole("link", { name: `Love in the Big City (${medium})` })).toBeVisible();
  }
  const table = page.getByRole("table");
  const part2 = table.getByRole("row", { name: /Part 2/ });
  await expect(part2.getByRole("cell").nth(1)).toHaveText(/Not adapted/);
  await expect(part2.getByRole("cell").nth(2)).toHaveText(/episodes 3–4.*Hur Jin-ho/);
  await expect(table.getByText("재희", { exact: false }).first()).toHaveAttribute("lang", "ko");
});

test("a segment in the coverage table leads to that segment on the series page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Adapted: episodes 5–6" }).click();
  await expect(page).toHaveURL("/works/series#section-episodes-5-6");
  const row = page.getByRole("row", { name: /Episodes 5–6/ });
  await expect(row).toBeInViewport();
  await expect(row).toContainText("Hong Ji-young");
  await expect(row).toHaveClass(/is-target/);
});

test("the header reaches every view, and each has its own title", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Views" });
  const expected: [string, string, RegExp][] = [
    ["Novel", "/works/novel", /^Love in the Big City \(novel\)/],
    ["Film", "/works/film", /^Love in the Big City \(film\)/],
    ["Series", "/works/series", /^Love in the Big City \(series\)/],
    ["Compare", "/compare", /^Compare side by side ·/],
    ["Differences", "/differences", /^Differences ·/],
    ["Cast", "/cast", /^Cast ·/],
    ["Timeline", "/timeline", /^Timeline ·/],
    ["Sources", "/sources", /^Sources/],
    ["Overview", "/", /^Parallels/],
  ];
  for (const [name, path, title] of expected) {
    await nav.getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page).toHaveTitle(title);
    await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  }
});

test("a way in from the overview lists the facts resting on a single source", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Facts that rest on a single source" }).click();
  await expect(page).toHaveURL("/sources?confidence=single-source");
  await expect(page.getByRole("checkbox", { name: "resting on a single source" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^confirmed/ })).not.toBeChecked();
  await expect(page.locator("#source-seed-film").getByRole("link", { name: /Total admissions/ })).toBeVisible();
});
