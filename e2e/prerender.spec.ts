import type { Page } from "@playwright/test";
import { DATA_FILE_NAMES } from "../src/data/data-files.ts";
import { countLoading, expect, holdScripts, test } from "./test.ts";

// The build draws each shared path's page ahead of time (docs/decisions/0012). These tests hold the
// app's JavaScript back, to see what a reader sees before it arrives, or turn JavaScript off.
const heading = (page: Page, name: string) => page.getByRole("heading", { level: 1, name });

/** Adds up every layout shift the page makes from its first paint on; `shifted` reads the sum. */
const watchShifts = (page: Page) =>
  page.addInitScript(() => {
    window.shift = 0;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        // A layout-shift entry (LayoutShift, which TS's DOM types do not have) carries its size as `value`.
        if ("value" in e && typeof e.value === "number") window.shift = (window.shift ?? 0) + e.value;
      }),
    ).observe({ type: "layout-shift", buffered: true });
  });
const shifted = (page: Page) => page.evaluate(() => window.shift);

test.describe("before the JavaScript arrives", () => {
  test.use({ contentNoteRead: false });

  test("a shared link paints its view: the cast, the sources, the overview, the timeline", async ({ page }) => {
    await holdScripts(page);
    await page.goto("/cast", { waitUntil: "commit" });
    await expect(heading(page, "Cast")).toBeVisible();
    await expect(page.getByRole("list", { name: "Roles" }).getByRole("listitem").first()).toBeVisible();
    await page.goto("/sources", { waitUntil: "commit" });
    await expect(heading(page, "Sources")).toBeVisible();
    await page.goto("/", { waitUntil: "commit" });
    await expect(heading(page, "Love in the Big City, told three ways")).toBeVisible();
    await page.goto("/timeline", { waitUntil: "commit" });
    await expect(heading(page, "Timeline")).toBeVisible();
    await expect(
      page
        .getByRole("region", { name: "Every event, in order" })
        .getByRole("listitem")
        .filter({ hasText: "Korean publication" }),
    ).toBeVisible();
    // The drawn axis too, placed by SVG attributes: the policy blocks style attributes, and the page has none.
    await expect(page.locator("#prerendered svg rect").first()).toBeVisible();
    expect(await page.locator("#prerendered [style]").count()).toBe(0);
  });

  test("a view that tells the stories paints its content, with the content note above it", async ({ page }) => {
    await holdScripts(page);
    await page.goto("/differences", { waitUntil: "commit" });
    const note = page.getByRole("note", { name: "Content note" });
    await expect(note).toBeVisible();
    const table = page.getByRole("grid", { name: /Adaptation differences/ });
    await expect(table).toBeVisible();
    expect(await table.getByRole("row").count()).toBeGreaterThan(10);
    const noteBox = await note.boundingBox();
    const tableBox = await table.boundingBox();
    expect(noteBox!.y + noteBox!.height).toBeLessThanOrEqual(tableBox!.y);
    // A work's page: its own facts, and its own topics only.
    await page.goto("/works/film", { waitUntil: "commit" });
    await expect(page.getByRole("main")).toContainText("Kim Go-eun");
    await expect(page.getByRole("main")).toContainText("Blue Dragon");
    // The note opens on its topics by work without any script: a native disclosure.
    await page
      .getByRole("note", { name: "Content note" })
      .getByText(/This view tells what happens in the story/)
      .click();
    await expect(page.getByRole("list", { name: "Topics by work" }).getByRole("listitem")).toHaveCount(1);
  });

  test("the app takes a page drawn with the note over in place: no shift, and Hide works", async ({ page }) => {
    await watchShifts(page);
    await page.goto("/differences");
    await heading(page, "Differences").evaluate((element) => element.setAttribute("data-drawn-by-the-build", ""));
    const hide = page.getByRole("button", { name: "Hide the content note" });
    await expect(hide).toBeEnabled();
    await page.waitForTimeout(300);
    expect(await shifted(page)).toBe(0);
    await expect(page.locator("#prerendered h1[data-drawn-by-the-build]")).toHaveText("Differences");
    await hide.click();
    await expect(page.getByRole("note", { name: "Content note" })).toHaveCount(0);
    await expect(page.getByRole("grid", { name: /Adaptation differences/ })).toBeVisible();
    await expect(page).toHaveURL("/differences");
  });

  test("the note's button is turned on only once the note itself is live: a click on it is never lost", async ({
    page,
  }) => {
    // The note's own code arrives last: the button must wait for it, not just for the view around it.
    await page.route("**/assets/content-note-panel-*.js", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    await page.goto("/differences", { waitUntil: "commit" });
    const hide = page.getByRole("button", { name: "Hide the content note" });
    await expect(hide).toBeDisabled();
    await hide.click({ timeout: 15_000 });
    await expect(page.getByRole("note", { name: "Content note" })).toHaveCount(0);
    await expect(heading(page, "Differences")).toBeVisible();
  });

  test("what the page does not show for this address waits hidden: a query, another path, a remembered setting, a note already hidden", async ({
    page,
    context,
  }) => {
    await holdScripts(page);
    // "/cast/" is served the overview's page (Vite's fallback, as some hosts do): another path's drawing.
    for (const url of [
      "/cast?q=jaehee",
      "/cast?names=hangul",
      "/cast/",
      "/differences?q=mother&category=plot",
      "/differences?notes=off",
      "/differences?names=hangul",
    ]) {
      await page.goto(url, { waitUntil: "commit" });
      await expect(page.locator("#prerendered")).toBeAttached();
      await expect(page.locator("#prerendered")).toBeHidden();
    }
    // Hidden all through: nothing of it reads (no heading), takes room (no scrolling) or takes focus.
    await expect(page.getByRole("heading")).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("#prerendered")))).toBe(false);
    await context.addInitScript(() => localStorage.setItem("parallels-progress", "novel:1"));
    await page.goto("/cast", { waitUntil: "commit" });
    await expect(page.locator("#prerendered")).toBeHidden();
    await context.addInitScript(() => {
      localStorage.removeItem("parallels-progress");
      localStorage.setItem("parallels-content-note", "read");
    });
    await page.goto("/differences", { waitUntil: "commit" });
    await expect(page.locator("#prerendered")).toBeHidden();
    await page.goto("/cast", { waitUntil: "commit" });
    await expect(heading(page, "Cast")).toBeVisible();
  });

  test("an unknown path paints the not-found page; one that may be a page written another way waits for the app", async ({
    page,
  }) => {
    await holdScripts(page);
    await page.goto("/nowhere", { waitUntil: "commit" });
    await expect(heading(page, "Not found")).toBeVisible();
    await expect(page.getByRole("main")).toContainText("There is no page at this address.");
    await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Cast" })).toBeVisible();
    // The router matches paths whatever their case, and a static host may serve 404.html for them.
    for (const url of ["/Cast", "/works/fil%6D", "/nowhere?q=1"]) {
      await page.goto(url, { waitUntil: "commit" });
      await expect(page.locator("#prerendered")).toBeAttached();
      await expect(page.locator("#prerendered"), url).toBeHidden();
    }
  });
});

test("the app takes the drawn page over in place, without a shift, and it works", async ({ page }) => {
  await watchShifts(page);
  await page.goto("/cast");
  // Marks the heading the build drew: a fresh render would replace it, taking it over keeps it.
  await heading(page, "Cast").evaluate((element) => element.setAttribute("data-drawn-by-the-build", ""));
  // Taken over (the controls are on) without moving anything: measured before any typing, which moves the cards on purpose.
  await expect(page.getByRole("searchbox", { name: "Search names" })).toBeEnabled();
  await page.waitForTimeout(300);
  expect(await shifted(page)).toBe(0);
  await page.getByRole("searchbox", { name: "Search names" }).fill("jaehee");
  await expect(page).toHaveURL("/cast?q=jaehee");
  await expect(page.getByRole("status")).toHaveText(/^4 of \d+ roles$/);
  await page.getByRole("searchbox", { name: "Search names" }).fill("");
  await expect(page).toHaveURL("/cast");
  await expect(page.locator("#prerendered h1[data-drawn-by-the-build]")).toHaveText("Cast");

  for (const url of ["/cast?q=jaehee", "/sources?q=film"]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    expect(await shifted(page), url).toBe(0);
  }
});

test("the drawn header: each item keeps its place however much of the header has arrived", async ({ page }) => {
  // A page can paint before all of its HTML is in (a slow link): then the header is cut short after any
  // item. Here each such cut is made by hand, and every item left must be where the whole header has it.
  await holdScripts(page);
  // The Display menu's larger text makes every item wider at the same window width.
  for (const [width, textSize] of [
    [1280, ""],
    [1100, ""],
    [1024, ""],
    [412, ""],
    [1280, "large"],
    [1280, "larger"],
    [1536, "larger"],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/sources", { waitUntil: "commit" });
    await expect(heading(page, "Sources")).toBeVisible();
    if (textSize)
      await page.evaluate((size) => document.documentElement.setAttribute("data-text-size", size), textSize);
    const moved = await page.evaluate(() => {
      const whole = document.querySelector("header");
      if (!whole) return ["no header"];
      // Both run in the page, where nothing outside this callback reaches.
      // oxlint-disable-next-line unicorn/consistent-function-scoping
      const items = () => [...document.querySelectorAll<HTMLElement>("header a, header input, header button")];
      // oxlint-disable-next-line unicorn/consistent-function-scoping
      const where = (element: HTMLElement) => JSON.stringify(element.getBoundingClientRect());
      const places = items().map(where);
      const problems: string[] = [];
      for (let k = 1; k < places.length; k++) {
        const cut = whole.cloneNode(true);
        document.querySelector("header")?.replaceWith(cut);
        // Everything after the k-th item goes, as if the page had painted there.
        for (let node: Node | null = items()[k - 1] ?? null; node && node !== cut; node = node.parentNode)
          while (node.nextSibling) node.nextSibling.remove();
        items().forEach((element, i) => {
          if (where(element) !== places[i])
            problems.push(`cut after item ${k}: "${element.textContent || element.getAttribute("placeholder")}" moved`);
        });
      }
      document.querySelector("header")?.replaceWith(whole);
      return problems;
    });
    expect(moved, `at ${width} px${textSize ? `, ${textSize} text` : ""}`).toEqual([]);
  }
});

/** Holds back the files `pattern` matches a second, and after that until `until` has settled. */
const slowCode = (page: Page, pattern: string, until: () => Promise<unknown> = async () => undefined) =>
  page.route(pattern, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await until();
    await route.continue();
  });

test.describe('a page drawn afresh shows at once, never "Loading…" while its code arrives', () => {
  test.use({ contentNoteRead: false });

  test("an unknown path: the drawn not-found page is taken over in place, and names the path once the app has it", async ({
    page,
  }) => {
    await countLoading(page);
    await slowCode(page, "**/assets/not-found-view-*.js");
    await page.goto("/nowhere", { waitUntil: "commit" });
    await expect(heading(page, "Not found")).toBeVisible();
    await heading(page, "Not found").evaluate((element) => element.setAttribute("data-drawn-by-the-build", ""));
    await expect(page.getByRole("main")).toContainText("There is no page at /nowhere.");
    await expect(page.getByRole("heading", { level: 2, name: "Did you mean" })).toBeVisible();
    await expect(page.locator("#prerendered h1[data-drawn-by-the-build]")).toHaveText("Not found");
    expect(await page.evaluate(() => window.loadingShown)).toBe(0);
    // Named in the page's head, so asked for alongside the app's code rather than once it has run.
    await expect(page.locator('head link[rel="modulepreload"][href*="/assets/not-found-view-"]')).toHaveCount(1);
  });

  test("a view with a query of its own is drawn afresh, filtered, with the note above it", async ({ page }) => {
    await countLoading(page);
    // The note's code is held back a second, and until the data is in: its code is what the view then
    // waits for. (Data slower than the code does show "Loading…": data-errors.spec.ts.)
    let dataIn = 0;
    page.on("requestfinished", (request) => void (request.url().includes("/data/") && dataIn++));
    await slowCode(page, "**/assets/content-note-panel-*.js", () =>
      expect.poll(() => dataIn, { timeout: 15_000 }).toBe(DATA_FILE_NAMES.length),
    );
    await page.goto("/differences?q=mother", { waitUntil: "commit" });
    // On a busy 2-core machine the view follows within a few more seconds.
    await expect(heading(page, "Differences")).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole("note", { name: "Content note" })).toBeVisible();
    await expect(page).toHaveURL("/differences?q=mother");
    await expect(page.getByRole("searchbox", { name: "Search elements and cells" })).toHaveValue("mother");
    expect(await page.evaluate(() => window.loadingShown)).toBe(0);
  });
});

// Each page asks for the code its route draws it with in its head (docs/decisions/0020): a page that
// already shows its content at low priority, after its stylesheet; a page the app draws (a search's
// results, the not-found message) at once, with the app's own code.
const OWN_CODE = [
  { path: "/", view: "overview-view", low: true },
  { path: "/works/film", view: "work-view", low: true },
  { path: "/differences", view: "differences-view", low: true },
  { path: "/compare", view: "compare-view", low: true },
  { path: "/cast", view: "cast-view", low: true },
  { path: "/characters/jaehee", view: "character-view", low: true },
  { path: "/timeline", view: "timeline-view", low: true },
  { path: "/sources", view: "sources-view", low: true },
  { path: "/search", view: "search-view", low: false },
  { path: "/nowhere", view: "not-found-view", low: false },
];

test("every page asks for its own view's code in its head, at low priority where the page already shows the view", async ({
  request,
}) => {
  for (const { path, view, low } of OWN_CODE) {
    // As a browser asks: the preview answers an unknown path with 404.html only when HTML is wanted.
    const html = await (await request.get(path, { headers: { accept: "text/html" } })).text();
    const preloads = html.match(/<link rel="modulepreload"[^>]*>/g) ?? [];
    const own = preloads.filter((tag) => tag.includes(`/assets/${view}-`));
    expect(own, path).toHaveLength(1);
    expect(own[0]?.includes('fetchpriority="low"'), path).toBe(low);
  }
});

test("a link with a query to a prerendered view: its page asks for the view's code before the app's code has even arrived", async ({
  page,
}) => {
  // The app's own code held back a second: the app's import() of the view could only come after it.
  let entryArrived = false;
  let viewAskedBeforeEntry: boolean | undefined;
  await page.route("**/assets/index-*.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    entryArrived = true;
    await route.continue();
  });
  page.on("request", (request) => {
    if (request.url().includes("/assets/cast-view-")) viewAskedBeforeEntry ??= !entryArrived;
  });
  await page.goto("/cast?q=jaehee");
  await expect(page.getByRole("searchbox", { name: "Search names" })).toHaveValue("jaehee");
  await expect(page.getByRole("list", { name: "Roles" }).getByRole("listitem").first()).toBeVisible();
  await expect(page).toHaveURL("/cast?q=jaehee");
  expect(viewAskedBeforeEntry).toBe(true);
});

test("a path that has a view but no page of its own (an unknown work) is drawn afresh over the not-found page", async ({
  page,
}) => {
  await countLoading(page);
  await page.goto("/works/nope");
  await expect(heading(page, "Not found")).toBeVisible();
  await expect(page.getByRole("main")).toContainText("There is no work with the id nope.");
  await expect(page.getByRole("heading", { level: 2, name: "Did you mean" })).toBeVisible();
  expect(await page.evaluate(() => window.loadingShown)).toBe(0);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the shared paths read: the overview, the cast, the sources, a work's facts and the matrix, with the note", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(heading(page, "Love in the Big City, told three ways")).toBeVisible();
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Cast" }).click();
    await expect(page).toHaveURL("/cast");
    await expect(page.getByRole("list", { name: "Roles" }).getByRole("listitem").first()).toBeVisible();
    await page.goto("/sources");
    await expect(heading(page, "Sources")).toBeVisible();
    await page.goto("/characters/jaehee");
    await expect(page.getByRole("note", { name: "Content note" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: /Jaehee/ })).toBeVisible();
    await page.goto("/works/film");
    for (const fact of ["Kim Go-eun", "Blue Dragon", "Director"])
      await expect(page.getByRole("main")).toContainText(fact);
    await page.goto("/differences");
    const rows = page.getByRole("grid", { name: /Adaptation differences/ }).getByRole("row");
    expect(await rows.count()).toBeGreaterThan(10);
    await expect(rows.filter({ has: page.getByRole("gridcell") }).first()).toBeVisible();
    expect(await page.content()).toContain("<noscript>Without JavaScript, this page shows as it first opens");
    await page.goto("/overveiw");
    await expect(heading(page, "Not found")).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "overview" }).click();
    await expect(page).toHaveURL("/");
  });
});

test("a prerendered page stays readable while a data file is slow, and the app takes it over when the file arrives", async ({
  page,
}) => {
  await page.route("**/data/characters.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await page.goto("/cast", { waitUntil: "commit" });
  await expect(heading(page, "Cast")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toHaveCount(0);
  // The box waits, disabled, until the app has the file and has taken the page over: no keystroke is lost.
  await expect(page.getByRole("searchbox", { name: "Search names" })).toBeDisabled();
  await expect(page.getByRole("searchbox", { name: "Search names" })).toBeEnabled({ timeout: 10_000 });
  await page.getByRole("searchbox", { name: "Search names" }).pressSequentially("jaehee");
  await expect(page).toHaveURL("/cast?q=jaehee");
  await expect(page.getByRole("status")).toHaveText(/^4 of \d+ roles$/);
});

test("if the address moves before the app takes the page over, the app draws the new one afresh", async ({ page }) => {
  // The app's code arrives only after the address has moved: the hardest case, where its script never saw the page's own address.
  let release: (() => void) | undefined;
  const moved = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/assets/index-*.js", async (route) => {
    await moved;
    await route.continue();
  });
  await page.goto("/cast", { waitUntil: "commit" });
  await expect(heading(page, "Cast")).toBeVisible();
  await page.evaluate(() => {
    history.pushState({}, "", "/sources?q=film");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  release?.();
  // No hydration mismatch (the guard fails the test on its console error): the sources, filtered, drawn by the app.
  await expect(heading(page, "Sources")).toBeVisible({ timeout: 10_000 });
  await expect(page).toHaveURL("/sources?q=film");
  await expect(page.getByRole("searchbox", { name: "Search sources and claims" })).toHaveValue("film");
});
