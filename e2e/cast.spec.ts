import type { Page } from "@playwright/test";
import { is } from "valibot";
import { CharactersFile } from "../src/data/schema/characters-file.ts";
import { axeViolations, expect, test } from "./test.ts";

const roles = (page: Page) => page.getByRole("list", { name: "Roles" }).getByRole("listitem");
const card = (page: Page, name: string) =>
  roles(page).filter({ has: page.getByRole("heading", { name, exact: true }) });
const count = (page: Page) => page.getByRole("status");
const form = (page: Page) => page.getByRole("search", { name: "Filter the cast" });

test("typing jaehee finds Kim Go-eun as Jae-hee in the film and Lee Soo-kyung as Mi-ae in the series: one character", async ({
  page,
}) => {
  await page.goto("/works/film");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Cast" }).click();
  await expect(page).toHaveURL("/cast");
  await form(page).getByRole("searchbox", { name: "Search names" }).pressSequentially("jaehee");
  await expect(page).toHaveURL("/cast?q=jaehee");
  await expect(card(page, "Koo Jae-hee")).toContainText("Kim Go-eun");
  await expect(card(page, "Choi Mi-ae")).toContainText("Lee Soo-kyung");
  await expect(card(page, "Choi Mi-ae")).toContainText("Found by the name Jaehee");
  await expect(card(page, "Koo Jae-hee").getByRole("link", { name: "Jaehee across the works" })).toHaveAttribute(
    "href",
    "/characters/jaehee",
  );
  await expect(card(page, "Choi Mi-ae").getByRole("link", { name: "Jaehee across the works" })).toHaveAttribute(
    "href",
    "/characters/jaehee",
  );
  await expect(count(page)).toHaveText(/^4 of \d+ roles$/);
  // One history entry for the whole search: Back returns to the cast as it was.
  await page.goBack();
  await expect(page).toHaveURL("/cast");
  await page.goBack();
  await expect(page).toHaveURL("/works/film");
});

test("at 1280×800 the cast opens on who plays whom: the first card, above the fold, names its actor", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/cast");
  await expect(page).toHaveURL("/cast");
  const first = roles(page).first();
  // The film's first-billed role, then the rest of the credits; the novel's figures, who have no actor, come last.
  await expect(first.getByRole("heading", { level: 2 })).toHaveText("Koo Jae-hee");
  await expect(first).toContainText(/Played by\s*Kim Go-eun/);
  const box = (await first.boundingBox())!;
  expect(box.y).toBeGreaterThan(0);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  await expect(roles(page).nth(1)).toContainText("Noh Sang-hyun");
  await expect(roles(page).last()).toContainText("No actor: a character of the novel");
  const texts = await roles(page).allTextContents();
  const firstNovel = texts.findIndex((t) => t.includes("No actor"));
  expect(texts.slice(firstNovel).every((t) => t.includes("No actor"))).toBe(true);
});

test("the search matches any spelling and Hangul", async ({ page }) => {
  for (const [q, name] of [
    ["Mi-ae", "Choi Mi-ae"],
    ["miae", "Choi Mi-ae"],
    ["kyu-ho", "Sim Gyu-ho"],
    ["김고은", "Koo Jae-hee"],
    ["heung su", "Jang Heung-soo"],
  ] as const) {
    await page.goto(`/cast?q=${encodeURIComponent(q)}`);
    await expect(card(page, name)).toBeVisible();
  }
});

test("each filter works from a deep link and from its control, and Back undoes a choice", async ({ page }) => {
  await page.goto("/cast?works=film&role=cameo");
  await expect(count(page)).toHaveText(/^4 of \d+ roles$/);
  for (const item of await roles(page).all()) await expect(item).toContainText("Cameo");

  await page.goto("/cast");
  await form(page).getByRole("checkbox", { name: "Novel" }).uncheck();
  await expect(page).toHaveURL("/cast?works=film%2Cseries");
  await form(page).getByRole("checkbox", { name: "Film" }).uncheck();
  await expect(page).toHaveURL("/cast?works=series");
  // The cards follow the URL a moment later: wait for them, not for a snapshot of the old ones.
  await expect(roles(page).first()).toBeVisible();
  await expect(roles(page).filter({ hasNotText: /in the series/ })).toHaveCount(0);
  await form(page).getByRole("checkbox", { name: "Main" }).uncheck();
  await expect(page).toHaveURL("/cast?works=series&role=supporting%2Ccameo");
  await form(page).getByRole("combobox", { name: "Order" }).selectOption("actor");
  await expect(page).toHaveURL("/cast?works=series&role=supporting%2Ccameo&sort=actor");
  await page.goBack();
  await expect(page).toHaveURL("/cast?works=series&role=supporting%2Ccameo");
  await expect(form(page).getByRole("combobox", { name: "Order" })).toHaveValue("billing");
  await form(page).getByRole("checkbox", { name: "One row per character" }).check();
  await expect(page).toHaveURL("/cast?works=series&role=supporting%2Ccameo&group=character");
  await expect(page.getByRole("table", { name: /Who plays each character/ })).toBeVisible();
});

test("sorting by actor and by character changes the order", async ({ page }) => {
  await page.goto("/cast?works=series&sort=character");
  const names = await roles(page).getByRole("heading").allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  await page.goto("/cast?works=film&sort=actor");
  await expect(roles(page).first()).toContainText("Jang Hye-jin");
});

test("one row per character, with who plays them in each work or why no one does", async ({ page }) => {
  await page.goto("/cast?group=character");
  const table = page.getByRole("table", { name: /Who plays each character/ });
  const gyuho = table.getByRole("row", { name: /^Gyu-ho/ });
  await expect(gyuho.getByRole("cell").nth(1)).toHaveText("not in this work");
  await expect(gyuho.getByRole("cell").nth(2)).toContainText("Jin Ho-eun");
  await expect(
    table
      .getByRole("row", { name: /^Nam-gyu/ })
      .getByRole("cell")
      .nth(0),
  ).toHaveText("not known");
  await expect(table.getByRole("row", { name: /^Ji-seok/ })).toContainText("unconfirmed");
});

test("nothing found says so, and the filters clear in one click", async ({ page }) => {
  await page.goto("/cast?q=zzzz");
  await expect(count(page)).toHaveText(/^0 of \d+ roles$/);
  await expect(page.getByText("No role matches these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).last().click();
  await expect(page).toHaveURL("/cast");
});

test("a character page follows them across the works and links into the matrix", async ({ page }) => {
  await page.goto("/characters/young");
  await expect(page).toHaveTitle(/^Young · Characters/);
  const table = page.getByRole("table", { name: /Young: the name, the actor/ });
  await expect(table.getByRole("row", { name: /^Film/ })).toContainText("Jang Heung-soo");
  await expect(table.getByRole("row", { name: /^Film/ })).toContainText("Noh Sang-hyun");
  await expect(table.getByRole("row", { name: /^Series/ })).toContainText("Nam Yoon-su");
  await page.getByRole("link", { name: /^The lead's name in the film/ }).click();
  await expect(page).toHaveURL("/differences?cell=lead-name.film");
  await expect(page.getByRole("region", { name: /The lead's name: film/ })).toBeVisible();
});

test("an unknown character says so and offers the nearest", async ({ page }) => {
  await page.goto("/characters/gyuho");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  await page.getByRole("link", { name: "Gyu-ho" }).click();
  await expect(page).toHaveURL("/characters/gyu-ho");
});

test("axe finds nothing on the cast grid, the grouping and a character page", async ({ page }) => {
  // Five pages through axe: over a minute when the 2-core machine is busy.
  test.setTimeout(120_000);
  for (const path of ["/cast", "/cast?q=miae", "/cast?group=character", "/characters/jaehee", "/characters/nope"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page), path).toEqual([]);
  }
});

test("a cast a hundred times larger draws its first 200 roles, types without waiting for them, and shows all on request", async ({
  page,
}) => {
  // Each character copied 100 times with fresh ids: the size the benchmark's latency figures use.
  await page.route("**/data/characters.json", async (route) => {
    const json: unknown = await (await route.fetch()).json();
    if (!is(CharactersFile, json)) throw new Error("data/characters.json does not fit its schema");
    const { characters } = json;
    const copies = Array.from({ length: 100 }, (_, i) =>
      characters.map((c) => ({ ...c, id: i ? `${c.id}-copy-${i}` : c.id })),
    ).flat();
    await route.fulfill({ json: { characters: copies } });
  });
  await page.goto("/cast");
  // Not the build's drawing of the real cast: the app's, of the data it was given.
  await expect(count(page)).toHaveText(/^\d{4,} of \d{4,} roles$/);
  const total = Number((await count(page).textContent())?.match(/^(\d+) of/)?.[1]);
  expect(total).toBeGreaterThan(2000);
  await expect(roles(page)).toHaveCount(200);
  await expect(page.getByText(`Showing the first 200 of ${total} roles.`)).toBeVisible();

  await form(page).getByRole("searchbox", { name: "Search names" }).pressSequentially("jaehee");
  await expect(page).toHaveURL("/cast?q=jaehee");
  await expect(count(page)).toHaveText(`400 of ${total} roles`);
  await expect(roles(page)).toHaveCount(200);
  await page.getByRole("button", { name: "Show all 400" }).click();
  await expect(roles(page)).toHaveCount(400);
  await expect(page.getByText(/Showing the first/)).toHaveCount(0);
});
