import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./test.ts";

/**
 * Keyboard only: after each test's one page.goto, every step is a key press. No click, no focus(), no goto.
 * If a view loses its tab stops, its focus ring or its keys, one of these steps fails.
 */

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reached within `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  await expect(target).toBeVisible();
  // Resolved once: a role query on every press is slow on the matrix's large page.
  const element = await target.elementHandle();
  try {
    for (let presses = 1; presses <= max; presses++) {
      await page.keyboard.press(back ? "Shift+Tab" : "Tab");
      if (await element?.evaluate((el) => el === document.activeElement)) return;
    }
  } finally {
    await element?.dispose();
  }
  throw new Error(`${String(target)} not reached with ${max} presses of ${back ? "Shift+Tab" : "Tab"}`);
}

/** The focused element draws a focus indicator: an outline or a box shadow. */
async function expectFocusRing(page: Page) {
  const ring = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { element: "body", outline: "none", shadow: "none" };
    const style = getComputedStyle(element);
    const outline =
      style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0
        ? `${style.outlineStyle} ${style.outlineWidth}`
        : "none";
    return { element: element.outerHTML.slice(0, 80), outline, shadow: style.boxShadow };
  });
  expect(ring.outline !== "none" || ring.shadow !== "none", `focus ring on ${ring.element}`).toBe(true);
}

const nav = (page: Page) => page.getByRole("navigation", { name: "Views" });
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

// The views in two journeys, so that each stays well inside the timeout on a busy machine (the matrix is
// slow to step through there): every view is reached in one of them.
test("keyboard alone: from a mistyped link through the overview and a work into the matrix, and on to a character", async ({
  page,
}) => {
  // A mistyped link: the not-found page, and the only goto.
  await page.goto("/overveiw");
  await expect(h1(page)).toHaveText("Not found");
  await expect(page.getByRole("main")).toContainText("There is no page at /overveiw.");
  await expect(nav(page).getByRole("link", { name: "Film" })).toBeVisible();

  // The skip link: first Tab stop, shown when focused (not the 1 px sr-only box), and it moves focus to main.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box?.width ?? 0, "the skip link is shown when focused").toBeGreaterThan(40);
  expect(box?.height ?? 0, "the skip link is shown when focused").toBeGreaterThan(16);
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();

  // Overview: after the way back to the start and to the sources, the nearest match.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("main").getByRole("link", { name: "overview", exact: true })).toBeFocused();
  await tabTo(page, page.getByRole("main").getByRole("link", { name: "Overview", exact: true }), { max: 2 });
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/");
  await expect(h1(page)).toHaveText("Love in the Big City, told three ways");

  // A work page, from the overview's own links.
  const filmCard = page.getByRole("main").getByRole("link", { name: "Love in the Big City (film)" });
  await tabTo(page, filmCard);
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/works/film");
  await expect(h1(page)).toHaveText("Love in the Big City");
  await expect(page).toHaveTitle("Love in the Big City (film) · Parallels");

  // Differences: back up from the page into the header's navigation. The matrix's cells are one Tab stop;
  // arrows move between cells, Enter opens one, Escape closes it.
  const differencesLink = nav(page).getByRole("link", { name: "Differences" });
  await tabTo(page, differencesLink, { back: true, max: 10 });
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(differencesLink).toHaveAttribute("aria-current", "page");
  await expect(page).toHaveURL("/differences");
  await expect(h1(page)).toHaveText("Differences");
  const matrix = page.getByRole("grid", { name: /Adaptation differences/ });
  const cell = (key: string) => matrix.locator(`button[data-cell="${key}"]`);
  await tabTo(page, cell("adapted-scope.novel"));
  await expectFocusRing(page);
  await page.keyboard.press("ArrowRight");
  await expect(cell("adapted-scope.film")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(cell("part-titles.film")).toBeFocused();
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/differences?cell=part-titles.film");
  await expect(page.getByRole("heading", { name: /Titles of the parts: film/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL("/differences");
  await expect(page.getByRole("region", { name: /Titles of the parts: film/ })).toHaveCount(0);
  await expect(cell("part-titles.film")).toBeFocused();
  // The cells are one Tab stop, and their source links none (an opened cell lists them): Tab goes on to the next group's toggle.
  await page.keyboard.press("Tab");
  await expect(matrix.locator(":focus")).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Shift+Tab");
  await expect(cell("part-titles.film")).toBeFocused();
  // Down the film's column to a row about a character, open it, and follow the detail's link to them.
  for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowDown");
  await expect(cell("best-friend-name.film")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/differences?cell=best-friend-name.film");
  const detail = page.getByRole("region", { name: /The best friend's name: film/ });
  await expect(detail.getByRole("heading", { level: 2 })).toBeFocused();
  await tabTo(page, detail.getByRole("link", { name: "Jaehee", exact: true }), { max: 15 });
  await expectFocusRing(page);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL("/characters/jaehee");
  await expect(h1(page)).toHaveText("Jaehee");
});

test("keyboard alone: from the overview through the cast, a character and the search to compare, the timeline and the sources", async ({
  page,
}) => {
  await page.goto("/");
  await expect(h1(page)).toHaveText("Love in the Big City, told three ways");
  await expect(nav(page).getByRole("link", { name: "Film" })).toBeVisible();

  // Past the skip link into the header's navigation.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await tabTo(page, nav(page).getByRole("link", { name: "Cast" }), { max: 10 });
  await expectFocusRing(page);
  await page.keyboard.press("Enter");

  // Cast: type into the search, untick a work with Space, follow a card's link.
  await expect(page).toHaveURL("/cast");
  await expect(h1(page)).toHaveText("Cast");
  const castFilter = page.getByRole("search", { name: "Filter the cast" });
  await tabTo(page, castFilter.getByRole("searchbox", { name: "Search names" }), { max: 10 });
  await expectFocusRing(page);
  await page.keyboard.type("jaehee");
  await expect(page).toHaveURL("/cast?q=jaehee");
  const roles = page.getByRole("list", { name: "Roles" }).getByRole("listitem");
  await expect(roles.filter({ hasText: "in the novel" })).not.toHaveCount(0);
  const novel = castFilter.getByRole("checkbox", { name: "Novel" });
  await tabTo(page, novel, { max: 3 });
  await expectFocusRing(page);
  await page.keyboard.press("Space");
  await expect(novel).not.toBeChecked();
  await expect(page).toHaveURL("/cast?works=film%2Cseries&q=jaehee");
  await expect(roles.filter({ hasText: "in the novel" })).toHaveCount(0);
  await expect(roles.filter({ hasText: "in the film" })).not.toHaveCount(0);
  await tabTo(page, page.getByRole("link", { name: "Jaehee across the works" }).first(), { max: 30 });
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/characters/jaehee");
  await expect(h1(page)).toHaveText("Jaehee");

  // Search: "/" focuses the header's box from the page, ArrowDown reaches the first result.
  await page.keyboard.press("/");
  const searchBox = page.getByRole("searchbox", { name: "Search Parallels" });
  await expect(searchBox).toBeFocused();
  await expectFocusRing(page);
  await page.keyboard.type("habibi");
  await expect(page).toHaveURL("/search?q=habibi");
  await expect(h1(page)).toHaveText("Search");
  await page.keyboard.press("ArrowDown");
  const result = page.locator("#search-results a").first();
  await expect(result).toHaveText("Habibi");
  await expect(result).toBeFocused();
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/characters/habibi");
  await expect(h1(page)).toHaveText("Habibi");

  // Compare, Timeline and Sources, through the header.
  await tabTo(page, nav(page).getByRole("link", { name: "Compare" }), { back: true, max: 15 });
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/compare");
  await expect(h1(page)).toHaveText("Compare side by side");
  // A link followed hands focus to the view it opened, as a page load would: the header is behind it.
  await expect(page.getByRole("main")).toBeFocused();
  await tabTo(page, nav(page).getByRole("link", { name: "Timeline" }), { back: true, max: 8 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/timeline");
  await expect(h1(page)).toHaveText("Timeline");
  await expect(page.getByRole("main")).toBeFocused();
  const sourcesLink = nav(page).getByRole("link", { name: "Sources" });
  await tabTo(page, sourcesLink, { back: true, max: 8 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/sources");
  await expect(h1(page)).toHaveText("Sources");
  await expect(sourcesLink).toHaveAttribute("aria-current", "page");
});

test("keyboard alone: the header's menus open with Enter or Space and close with Escape, back on their button", async ({
  page,
}) => {
  // With a matrix cell open: Escape in a menu closes the menu only, never the cell under it.
  await page.goto("/differences?cell=uterus-model.film");
  await expect(h1(page)).toHaveText("Differences");
  const openCell = page.getByRole("region", { name: /The uterus model: film/ });
  await expect(openCell).toBeVisible();
  await expect(nav(page).getByRole("link", { name: "Film" })).toBeVisible();

  const menu = (name: string | RegExp) => page.getByRole("banner").getByRole("button", { name, exact: true });
  const panelOf = async (button: Locator) => page.locator(`[id="${await button.getAttribute("aria-controls")}"]`);

  // Spoiler guard: Enter opens it; a choice inside it is made with Space; Escape from inside closes it.
  const guard = menu("Spoiler guard: off");
  await tabTo(page, guard);
  await expectFocusRing(page);
  await expect(guard).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Enter");
  await expect(guard).toHaveAttribute("aria-expanded", "true");
  const guardPanel = await panelOf(guard);
  const seenFilm = guardPanel.getByRole("checkbox", { name: "I have seen the film" });
  await tabTo(page, seenFilm, { max: 5 });
  await page.keyboard.press("Space");
  await expect(seenFilm).toBeChecked();
  await expect(page).toHaveURL(/[?&]progress=[^&]*film%3A1/);
  await page.keyboard.press("Escape");
  const guardOn = menu("Spoiler guard: on");
  await expect(guardOn).toHaveAttribute("aria-expanded", "false");
  await expect(guardOn).toBeFocused();
  await expect(guardPanel).toHaveCount(0);
  await expect(openCell).toBeVisible();

  // Share: Space opens it, Escape on the button closes it.
  await page.keyboard.press("Tab");
  const share = menu("Share");
  await expect(share).toBeFocused();
  await page.keyboard.press("Space");
  await expect(share).toHaveAttribute("aria-expanded", "true");
  const sharePanel = await panelOf(share);
  await expect(sharePanel.getByRole("checkbox", { name: /Leave out the content note/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(share).toHaveAttribute("aria-expanded", "false");
  await expect(share).toBeFocused();
  await expect(sharePanel).toHaveCount(0);
  await expect(openCell).toBeVisible();

  // Tabbing on through the open panel closes it once focus leaves it: it never covers what has focus.
  await page.keyboard.press("Space");
  await expect(share).toHaveAttribute("aria-expanded", "true");
  const display = menu("Display");
  await tabTo(page, display, { max: 8 });
  await expect(share).toHaveAttribute("aria-expanded", "false");
  await expect(sharePanel).toHaveCount(0);

  // Display: Enter opens it; the theme's radio group takes the arrow keys; Escape closes it, back on Display.
  await page.keyboard.press("Enter");
  await expect(display).toHaveAttribute("aria-expanded", "true");
  const displayPanel = await panelOf(display);
  const theme = displayPanel.getByRole("group", { name: "Theme" });
  await tabTo(page, theme.getByRole("radio", { name: "As the system" }), { max: 3 });
  await expectFocusRing(page);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(theme.getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await page.keyboard.press("Escape");
  await expect(display).toHaveAttribute("aria-expanded", "false");
  await expect(display).toBeFocused();
  await expect(displayPanel).toHaveCount(0);
  await expect(openCell).toBeVisible();
  await expect(page).toHaveURL(/cell=uterus-model\.film/);

  // Enter on the button toggles the menu shut as well as open.
  await page.keyboard.press("Enter");
  await expect(display).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Enter");
  await expect(display).toHaveAttribute("aria-expanded", "false");
  await expect(display).toBeFocused();
});
