import { expect, test } from "./test.ts";

const fact = (page: import("@playwright/test").Page, label: string) =>
  page.locator("dl > div").filter({ has: page.getByRole("term").getByText(label, { exact: true }) });

test("the film page names its director and its box office, each with its sources", async ({ page }) => {
  await page.goto("/works/film");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Love in the Big City");
  await expect(fact(page, "Director")).toContainText("E.oni");
  const total = fact(page, "Total admissions");
  await expect(total).toContainText("879,109 admissions");
  await expect(total).toContainText("single source");
  await expect(fact(page, "Total gross")).toContainText("₩8,303,965,930");
});

test("a fact's source is one click away", async ({ page }) => {
  await page.goto("/works/film");
  await fact(page, "Runtime").getByRole("link", { name: "source 2: Wikipedia article on the 2024 film" }).click();
  await expect(page).toHaveURL("/sources#source-seed-film");
  const entry = page.locator("#source-seed-film");
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText("Wikipedia");
  await expect(entry.getByRole("link", { name: /^https:\/\/en\.wikipedia\.org/ })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL("/works/film");
});

test("the film's awards say which it won and which it was only nominated for", async ({ page }) => {
  await page.goto("/works/film");
  const awards = page.getByRole("table", { name: /Awards, nominations and lists/ });
  await expect(awards.getByRole("row", { name: /Blue Dragon Film Awards Best Music/ })).toContainText("Won");
  const baeksangDirector = awards.getByRole("row", { name: /Baeksang Arts Awards Best Director/ });
  await expect(baeksangDirector).toContainText("Nominated");
  await expect(baeksangDirector).toContainText("Went to Oh Seung-wook");
});

test("the novel page says who translated it and when, and shows a disputed date as disputed", async ({ page }) => {
  await page.goto("/works/novel");
  await expect(fact(page, "English translator")).toContainText("Anton Hur");
  const hardcover = fact(page, "US hardcover (Grove Press)");
  await expect(hardcover).toContainText("disputed");
  await expect(hardcover).toContainText("all agree on November 2021");
  await expect(hardcover).toContainText("9 November 2021");
  await expect(hardcover).toContainText("16 November 2021");
});

test("the series page gives each segment's director and the novel part it adapts", async ({ page }) => {
  await page.goto("/works/series");
  const structure = page.getByRole("table", { name: "The sections of the series" });
  const expected = [
    ["Episodes 1–2", "Part 1", "Son Tae-gyum"],
    ["Episodes 3–4", "Part 2", "Hur Jin-ho"],
    ["Episodes 5–6", "Part 3", "Hong Ji-young"],
    ["Episodes 7–8", "Part 4", "Kim Se-in"],
  ];
  for (const [episodes, part, director] of expected) {
    const row = structure.getByRole("row", { name: new RegExp(`^${episodes}`) });
    await expect(row).toContainText(part!);
    await expect(row).toContainText(director!);
  }
});

test("an unknown work says so and links to the nearest", async ({ page }) => {
  await page.goto("/works/seris");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  await expect(page.getByText("seris", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Love in the Big City (series)" }).click();
  await expect(page).toHaveURL("/works/series");
});

test("the film page lists its cast: who plays whom, and in what tier", async ({ page }) => {
  await page.goto("/works/film");
  const cast = page.getByRole("table", { name: /Characters in the film/ });
  const jaehee = cast.getByRole("row", { name: /Koo Jae-hee/ });
  await expect(jaehee).toContainText("Kim Go-eun");
  await expect(jaehee).toContainText("Main");
  await expect(cast.getByRole("row", { name: /Min-jun/ })).toContainText("Cameo");
  await jaehee.getByRole("link", { name: "Jaehee across the works" }).click();
  await expect(page).toHaveURL("/characters/jaehee");
});

test("each work page warns of its content, with sources", async ({ page }) => {
  await page.goto("/works/novel");
  const notes = page.getByRole("region", { name: "Content notes" });
  await expect(notes).toContainText("HIV");
  await expect(notes.getByRole("link", { name: /^source/ }).first()).toBeVisible();
});

test("the sources page lists a source's claims about characters and differences", async ({ page }) => {
  await page.goto("/sources#source-t22");
  const entry = page.locator("#source-t22");
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole("link", { name: /The best friend's name · series/ })).toHaveAttribute(
    "href",
    "/differences?cell=best-friend-name.series",
  );
});
