import type { Page } from "@playwright/test";
import { expect, test } from "./test.ts";

const sources = (page: Page) => page.getByRole("region", { name: "Sources cited on this page" });

/** Printed on a page of this width, nothing may stick out past the right margin. */
async function expectFitsWidth(page: Page, width: number) {
  await page.setViewportSize({ width, height: 1000 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
}

// The printable width in CSS pixels of A4 (210 mm) and Letter (8.5 in), less the 14 mm margins.
const A4 = Math.floor(((210 - 28) / 25.4) * 96);
const LETTER = Math.floor((8.5 - 28 / 25.4) * 96);

for (const [path, heading, settings, cited] of [
  ["/cast?role=main&q=jae", "Cast", /As set in the link: role main; q jae\./, "2. Wikipedia article on the 2024 film"],
  ["/works/film", "Love in the Big City", /Nothing filtered: everything is shown\./, "53. Korea Bizwire report"],
  ["/characters/jaehee?names=hangul", "Jaehee", /Nothing filtered/, "2. Wikipedia article on the 2024 film"],
  ["/timeline?works=series", "Timeline", /As set in the link: works series\./, "24. News1 report"],
  ["/compare", "Compare side by side", /Nothing filtered/, "3. Wikipedia article on the novel"],
] as const) {
  test(`${path} prints as a handout: where from, settings, legend, sources as footnotes, no navigation or controls`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(heading) })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByText(`Printed from Parallels: ${page.url()}`)).toBeVisible();
    await expect(page.getByText(settings)).toBeVisible();
    await expect(
      page.getByText(/Small raised numbers after a fact are its sources, listed by number at the end/),
    ).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Views" })).toBeHidden();
    await expect(page.getByRole("search")).toBeHidden();
    await expect(sources(page)).toBeVisible();
    await expect(sources(page).getByRole("listitem").filter({ hasText: cited })).toHaveText(
      /^\d+\. .+, .+\. https?:\/\//,
    );
    // The footnotes list what the page cites, each once.
    const listed = await sources(page).getByRole("listitem").allTextContents();
    expect(new Set(listed).size).toBe(listed.length);
    await expectFitsWidth(page, A4);
    await expectFitsWidth(page, LETTER);
    // On screen none of it shows.
    await page.emulateMedia({ media: "screen" });
    await expect(sources(page)).toBeHidden();
    await expect(page.getByText(/Printed from Parallels/)).toBeHidden();
  });
}

test("the matrix prints on A4 and Letter, and in dark mode prints dark text on white", async ({ page }) => {
  const ink = () =>
    page
      .getByRole("heading", { level: 1 })
      .evaluate((h) => [getComputedStyle(h).color, getComputedStyle(document.body).backgroundColor]);
  await page.goto("/differences");
  await expect(page.getByRole("grid", { name: /Adaptation differences/ })).toBeVisible();
  await page.emulateMedia({ media: "print", colorScheme: "light" });
  const light = await ink();
  await page.emulateMedia({ media: "screen", colorScheme: "dark" });
  expect(await ink()).not.toEqual(light);
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  expect(await ink()).toEqual(light);
  await expectFitsWidth(page, A4);
  for (const format of ["A4", "Letter"] as const) {
    const pdf = await page.pdf({ format, margin: { top: "14mm", bottom: "14mm", left: "14mm", right: "14mm" } });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
  }
});

test("quiz=1 makes the matrix a worksheet: the adaptations' cells blank, the novel's given, their sources only", async ({
  page,
}) => {
  await page.goto("/differences?category=characters&quiz=1");
  const matrix = page.getByRole("grid", { name: /Adaptation differences/ });
  const row = matrix.getByRole("row", { name: /The best friend's name/ });
  await expect(row.getByRole("gridcell")).toHaveText([/\w{4,}/, "Left blank", "Left blank"]);
  await expect(page.getByText(/Worksheet\. The film and series cells are left blank/)).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(row.getByRole("gridcell")).toHaveText([/\w{4,}/, "Left blank", "Left blank"]);
  await expect(sources(page)).toContainText("100. Article on how the series and the film are linked");
  await expect(sources(page)).not.toContainText("56. South China Morning Post review of the film");
  await expect(page.getByRole("button", { name: "Show the answers" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Show the answers" }).click();
  await expect(page).toHaveURL("/differences?category=characters");
  await expect(row.getByRole("gridcell").nth(2)).toContainText("Choi Mi-ae");
  await page.emulateMedia({ media: "print" });
  await expect(sources(page)).toContainText("56. South China Morning Post review of the film");
});

test("a worksheet whose first column is blank is still reached by Tab, on the baseline's cells", async ({ page }) => {
  await page.goto("/differences?works=film,novel&quiz=1");
  const matrix = page.getByRole("grid", { name: /Adaptation differences/ });
  await expect(matrix.getByRole("gridcell", { name: "Left blank" }).first()).toBeVisible();
  await expect(matrix.locator('button[data-cell][tabindex="0"]')).toHaveCount(1);
  await expect(matrix.locator('button[data-cell][tabindex="0"]')).toHaveAttribute("data-cell", /\.novel$/);
});
