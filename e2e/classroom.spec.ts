import type { Locator, Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { axeViolations, expect, test } from "./test.ts";

const search = (page: Page) => new URL(page.url()).searchParams;

/** Contrast ratio (WCAG) of an element's text against the first opaque background behind it. */
async function contrast(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    // Runs in the page: these helpers cannot live outside it.
    // oxlint-disable-next-line unicorn/consistent-function-scoping
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    // oxlint-disable-next-line unicorn/consistent-function-scoping
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [R = 0, G = 0, B = 0] = [r, g, b].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    let node: Element | null = element;
    let background = "rgb(255, 255, 255)";
    while (node) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg && bg !== "transparent" && !bg.startsWith("rgba(0, 0, 0, 0)")) {
        background = bg;
        break;
      }
      node = node.parentElement;
    }
    const [a, b] = [luminance(rgb(getComputedStyle(element).color)), luminance(rgb(background))].sort((x, y) => y - x);
    return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
  });
}

test("in projector mode the way out covers nothing: the heading of a long view ends clear of it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/compare?present=1");
  const exit = await page.getByRole("button", { name: "Exit projector mode" }).boundingBox();
  const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
  const overlap =
    exit!.x < heading!.x + heading!.width &&
    heading!.x < exit!.x + exit!.width &&
    exit!.y < heading!.y + heading!.height &&
    heading!.y < exit!.y + exit!.height;
  expect(overlap).toBe(false);
  expect(exit!.y + exit!.height).toBeLessThanOrEqual(heading!.y);
});

test("projector mode is one switch: large type, strong contrast, no chrome, a way out", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/works/film");
  await page.getByRole("button", { name: "Display" }).click();
  await page.getByRole("button", { name: "Projector mode" }).click();
  expect(search(page).get("present")).toBe("1");
  await expect(page.getByRole("navigation", { name: "Views" })).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toBeHidden();
  const paragraph = page.getByRole("main").locator("p").first();
  const size = await paragraph.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  expect(await contrast(paragraph)).toBeGreaterThanOrEqual(7);
  await page.getByRole("button", { name: "Exit projector mode" }).click();
  expect(search(page).has("present")).toBe(false);
  await expect(page.getByRole("navigation", { name: "Views" })).toBeVisible();
  // Escape leaves it too.
  await page.goBack();
  expect(search(page).get("present")).toBe("1");
  await page.keyboard.press("Escape");
  expect(search(page).has("present")).toBe(false);
});

test("a teacher steps through how the film changes Jaehee's story, answers hidden until revealed", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/differences?works=novel,film&character=jaehee&present=1&quiz=1");
  // Step 0, the content note: the class sees the works' topics before any row, whatever this device remembers.
  await expect(page.locator("#lesson-row")).toHaveText("Content note");
  await expect(page.getByRole("list", { name: "Topics by work" }).getByRole("listitem")).toHaveText([
    /^Novel: .*HIV/,
    /^Film: .*suicide/,
  ]);
  await expect(page.getByRole("note", { name: "Content note" })).toHaveCount(0);
  await page.keyboard.press("Space");
  await expect(page.getByText(/^Row 1 of \d+\./)).toBeVisible();
  expect(search(page).get("step")).toBe("1");
  await expect(page.getByText(/rows about Jaehee/)).toBeVisible();
  const first = await page.locator("#lesson-row").textContent();
  // The question waits for the answers, which it might give away.
  await expect(page.getByText(/^Guess first:/)).toBeVisible();
  await expect(page.getByText(/^Discuss:/)).toHaveCount(0);
  const table = page.getByRole("table");
  // The novel (the baseline) is shown; the film's cell is hidden behind a button.
  await expect(table.getByRole("columnheader", { name: "Novel (baseline)" })).toBeVisible();
  const reveal = table.getByRole("button", { name: "Reveal the film" });
  await expect(reveal).toBeVisible();
  await page.keyboard.press("Space");
  await expect(reveal).toHaveCount(0);
  await expect(page.getByText(/^Discuss: .+\?$/)).toBeVisible();
  await expect(table.getByText(/Kept|Changed|Added|Omitted|Unknown|Not adapted/).first()).toBeVisible();
  expect(search(page).get("step")).toBe("1");
  // Everything in the row is revealed: the next Space moves on, and the URL says where.
  await page.keyboard.press("Space");
  await expect(page.getByText(/^Row 2 of \d+\./)).toBeVisible();
  expect(search(page).get("step")).toBe("2");
  await expect(page.locator("#lesson-row")).not.toHaveText(first ?? "");
  await expect(table.getByRole("button", { name: "Reveal the film" })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(table.getByRole("button", { name: "Reveal the film" })).toHaveCount(0);
  await page.keyboard.press("ArrowRight");
  expect(search(page).get("step")).toBe("3");
  await page.keyboard.press("ArrowLeft");
  expect(search(page).get("step")).toBe("2");
  await page.getByRole("button", { name: "Previous row" }).click();
  expect(search(page).get("step")).toBe("1");
  await expect(page.locator("#lesson-row")).toHaveText(first ?? "");
  await page.keyboard.press("End");
  const last = search(page).get("step");
  expect(Number(last)).toBeGreaterThan(3);
  await expect(page.getByRole("button", { name: "Next row" })).toBeDisabled();
  // Stepping makes one history entry: Back returns to where the lesson started.
  await page.goBack();
  expect(search(page).has("step")).toBe(false);
  expect(search(page).get("quiz")).toBe("1");
  await expect(page.locator("#lesson-row")).toHaveText("Content note");
  // Without the quiz every cell shows.
  await page.getByRole("button", { name: "Next row" }).click();
  await expect(page.locator("#lesson-row")).toHaveText(first ?? "");
  await page.getByRole("checkbox", { name: /Quiz/ }).uncheck();
  expect(search(page).has("quiz")).toBe(false);
  await expect(table.getByRole("button", { name: /Reveal/ })).toHaveCount(0);
});

test("a shared lesson link opens on its step; a step past the end shows the last row", async ({ page }) => {
  await page.goto("/compare?present=1&step=3");
  await expect(page.getByText(/^Row 3 of \d+\./)).toBeVisible();
  await page.goto("/differences?present=1&step=999");
  await expect(page.getByText(/^Row 52 of 52\./)).toBeVisible();
  await page.goto("/differences?present=1&step=zero");
  await expect(page.locator("#lesson-row")).toHaveText("Content note");
  await expect(page.getByText(/step.*"zero" is not a whole number/)).toBeVisible();
  // A class that has had the note: the link leaves it out, and the lesson opens on the first row.
  await page.goto("/differences?present=1&notes=off");
  await expect(page.getByText(/^Row 1 of 52\./)).toBeVisible();
  await page.keyboard.press("Home");
  await expect(page.getByText(/^Row 1 of 52\./)).toBeVisible();
});

test("the QR code holds the page's exact address", async ({ page }) => {
  await page.goto("/differences?works=novel,film&character=jaehee&present=1&quiz=1&step=2");
  await page.getByRole("button", { name: "Show a QR code of this link" }).click();
  const code = page.getByRole("img", { name: "QR code of this view's address" });
  await expect(code).toBeVisible();
  const png = PNG.sync.read(await code.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(page.url());
  // It follows the lesson.
  await page.getByRole("button", { name: "Next row" }).click();
  const next = PNG.sync.read(await code.screenshot());
  expect(jsQR(new Uint8ClampedArray(next.data), next.width, next.height)?.data).toBe(page.url());
  expect(page.url()).toContain("step=3");
});

test("the rows about one character: character= filters the matrix and says so", async ({ page }) => {
  await page.goto("/differences?character=jaehee");
  await expect(page.getByText(/^13 of 52 elements\. .*rows about Jaehee/)).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  expect(search(page).has("character")).toBe(false);
  await page.goto("/differences?character=nobody");
  await expect(page.getByText(/character.*no character called "nobody"/)).toBeVisible();
  await expect(page.getByText(/^52 of 52 elements/)).toBeVisible();
});

test("dark mode follows the system, and a choice is remembered and applied before the first paint", async ({
  page,
}) => {
  // What the page looks like when its body first exists, before any content can paint.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        document.documentElement.dataset.classAtFirstPaint = document.documentElement.className || "none";
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const atFirstPaint = () => page.evaluate(() => document.documentElement.dataset.classAtFirstPaint);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  expect(await atFirstPaint()).toContain("dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  expect(await atFirstPaint()).not.toContain("dark");
  await page.getByRole("button", { name: "Display" }).click();
  await page.getByRole("radio", { name: "Dark" }).check();
  await expect(page.locator("html")).toHaveClass(/dark/);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe("rgb(255, 255, 255)");
  await page.reload();
  expect(await atFirstPaint()).toContain("dark");
  await page.getByRole("button", { name: "Display" }).click();
  await page.getByRole("radio", { name: "Larger" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(20);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("radio", { name: "Larger" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Display" })).toBeFocused();
  // Opening a projector link paints in projector mode from the start.
  await page.goto("/differences?present=1");
  expect(await atFirstPaint()).toContain("present");
});

for (const [mode, setup] of [
  ["dark", async (page: Page) => page.emulateMedia({ colorScheme: "dark" })],
  [
    "high contrast",
    async (page: Page) => page.addInitScript(() => localStorage.setItem("parallels-appearance", '{"contrast":"high"}')),
  ],
  ["projector", async () => undefined],
  ["dark projector", async (page: Page) => page.emulateMedia({ colorScheme: "dark" })],
] as const)
  for (const path of [
    "/",
    "/differences",
    "/compare",
    "/cast",
    "/characters/jaehee",
    "/works/series",
    "/timeline",
    "/sources",
  ])
    test(`axe finds nothing on ${path} in ${mode} mode`, async ({ page }) => {
      await setup(page);
      const projector = mode.includes("projector");
      const lesson = projector && (path === "/differences" || path === "/compare");
      // A lesson opens on the content note (step 0), then shows its rows: axe reads both.
      for (const step of lesson ? ["", "&step=1"] : [""]) {
        await page.goto(`${path}${projector ? `?present=1&quiz=1${step}` : ""}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        if (lesson) await expect(page.getByText(step ? /^Row 1 of/ : /^Before row 1 of/)).toBeVisible();
        expect(await axeViolations(page), step || "step 0").toEqual([]);
      }
    });

test("a character page leads to a lesson on that character, keeping how names are written", async ({ page }) => {
  await page.goto("/characters/jaehee?names=both");
  await page.getByRole("link", { name: /^Teach them/ }).click();
  await expect(page).toHaveURL(/\/differences\?/);
  expect(search(page).get("character")).toBe("jaehee");
  expect(search(page).get("present")).toBe("1");
  expect(search(page).get("quiz")).toBe("1");
  expect(search(page).get("names")).toBe("both");
  // The lesson opens on the content note, then the 13 rows about her.
  await expect(page.getByText(/^Before row 1 of 13\./)).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByText(/^Row 1 of 13\./)).toBeVisible();
});

test("the spoiler guard covers what lies past the reader's progress, one uncover at a time", async ({ page }) => {
  await page.goto("/differences?progress=novel:4,film:1,series:2&cell=hiv.series");
  const detail = page.getByRole("region", { name: /How Young lives with HIV|HIV/ });
  const matrix = page.getByRole("region", { name: "Differences matrix, scrollable" });
  // Past episode 2 of the series: covered in the matrix and in the open cell, saying what it would spoil.
  await expect(matrix.getByRole("button", { name: /Spoiler for the series, episodes 5–6/ }).first()).toBeVisible();
  await expect(page.getByText(/Young's HIV diagnosis/)).toHaveCount(0);
  const show = detail.getByRole("button", {
    name: "Spoiler for the series, episodes 5–6, past your progress. Show it",
  });
  await show.click();
  await expect(detail.getByText(/Young's HIV diagnosis/)).toBeVisible();
  // Only that one: the matrix's own cell stays covered.
  await expect(matrix.getByRole("button", { name: /Spoiler for the series, episodes 5–6/ }).first()).toBeVisible();
  // The novel's part 3 has been read: shown.
  await expect(matrix.getByText(/calls the virus "Kylie"/)).toBeVisible();
  // Without a progress nothing is covered.
  await page.goto("/differences?cell=hiv.series");
  await expect(page.getByRole("button", { name: /Spoiler for/ })).toHaveCount(0);
});

test("a reader sets the guard from any view; it is remembered, and a link's own progress wins", async ({ page }) => {
  await page.goto("/works/series");
  await page.getByRole("button", { name: "Spoiler guard: off" }).click();
  await page.getByRole("combobox", { name: "Episodes of the series seen" }).selectOption("2");
  expect(search(page).get("progress")).toBe("novel:0,film:0,series:2");
  await expect(page.getByRole("button", { name: "Spoiler guard: on" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Spoiler for the series, episodes/ }).first()).toBeVisible();
  await page.getByRole("checkbox", { name: "I have seen the film" }).check();
  expect(search(page).get("progress")).toBe("novel:0,film:1,series:2");
  // Remembered on this device: a link without a progress gets the reader's own.
  await page.goto("/cast");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cast");
  await expect.poll(() => search(page).get("progress")).toBe("novel:0,film:1,series:2");
  // A link that carries its own wins.
  await page.goto("/cast?progress=series:8");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cast");
  expect(search(page).get("progress")).toBe("series:8");
  // Turning it off forgets it.
  await page.getByRole("button", { name: "Spoiler guard: on" }).click();
  await page.getByRole("button", { name: "Turn the guard off" }).click();
  expect(search(page).has("progress")).toBe(false);
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Spoiler guard: off" })).toBeVisible();
  expect(search(page).has("progress")).toBe(false);
});

test("every view shares its exact link: copied, or as a QR code", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/cast?role=main&q=jae");
  await page.getByRole("button", { name: "Share" }).click();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await page.getByRole("button", { name: "Show a QR code" }).click();
  const png = PNG.sync.read(await page.getByRole("img", { name: "QR code of this view's address" }).screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(page.url());
});

test.describe("the content note", () => {
  test.use({ contentNoteRead: false });

  test("is a notice above a view that tells the stories, which shows at once; Hide is remembered on this device", async ({
    page,
  }) => {
    // The matrix, axe on the note and four more pages: near a minute when the 2-core machine is busy.
    test.setTimeout(120_000);
    await page.goto("/differences?names=hangul");
    const note = page.getByRole("note", { name: "Content note" });
    await expect(note).toBeVisible();
    await expect(page).toHaveTitle("Differences · Parallels");
    // One line, which names every topic; it opens on each work's topics with a link to its notes.
    expect((await note.boundingBox())!.height).toBeLessThan(48);
    for (const topic of ["suicide", "abortion", "HIV"]) await expect(note).toContainText(topic);
    await note.getByText(/This view tells what happens in the stories/).click();
    const topics = page.getByRole("list", { name: "Topics by work" });
    for (const topic of ["suicide", "abortion", "HIV", "conversion therapy", "violence"])
      await expect(topics).toContainText(topic);
    // The view is there at once, below the note.
    await expect(page.getByRole("grid", { name: /Adaptation differences/ })).toBeVisible();
    // The note itself (the matrix below it has its own axe test, which takes a minute on this machine).
    expect(await axeViolations(page, "[data-content-note]")).toEqual([]);
    await page.getByRole("button", { name: "Hide the content note" }).click();
    await expect(note).toHaveCount(0);
    // Focus moves on to the view, not to the top of the page.
    await expect(page.getByRole("main")).toBeFocused();
    expect(search(page).get("names")).toBe("hangul");
    // Another view that tells the stories, and a reload: the note stays hidden.
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Film" }).click();
    await expect(page).toHaveURL(/\/works\/film\?names=hangul$/);
    await expect(page.getByRole("heading", { level: 1, name: "Love in the Big City" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Love in the Big City" })).toBeVisible();
    await expect(page.getByRole("note", { name: "Content note" })).toHaveCount(0);
  });

  test("a work's page notes that work's topics only, linked to its notes with their sources; views that do not tell the stories have none", async ({
    page,
  }) => {
    await page.goto("/cast");
    await expect(page.getByRole("heading", { level: 1, name: "Cast" })).toBeVisible();
    await expect(page.getByRole("note", { name: "Content note" })).toHaveCount(0);
    await page.goto("/works/film");
    await page
      .getByRole("note", { name: "Content note" })
      .getByText(/This view tells what happens in the story/)
      .click();
    const topics = page.getByRole("list", { name: "Topics by work" });
    await expect(topics.getByRole("listitem")).toHaveText([
      "Film: suicide, violence, homophobia, sexual violence, family rejection (the film's notes and sources)",
    ]);
    await topics.getByRole("link", { name: "the film's notes and sources" }).click();
    await expect(page).toHaveURL("/works/film#content-notes");
    await expect(page.getByRole("region", { name: "Content notes" })).toBeInViewport();
  });

  test("a teacher leaves it out of a shared link (notes=off), and the class's links keep that", async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/characters/jaehee");
    await expect(page.getByRole("note", { name: "Content note" })).toBeVisible();
    await page.getByRole("button", { name: "Share" }).click();
    await page.getByRole("checkbox", { name: /Leave out the content note/ }).check();
    await expect(page).toHaveURL(/\/characters\/jaehee\?notes=off$/);
    await expect(page.getByRole("note", { name: "Content note" })).toHaveCount(0);
    await page.getByRole("button", { name: "Copy link" }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    // A student's browser that has never seen the note.
    const student = await browser.newPage();
    await student.goto(link);
    await expect(student.getByRole("heading", { level: 1, name: /Jaehee/ })).toBeVisible();
    await expect(student.getByRole("note", { name: "Content note" })).toHaveCount(0);
    await student.getByRole("link", { name: "These rows in the matrix" }).click();
    await expect(student).toHaveURL(/\/differences\?.*notes=off/);
    await expect(student.getByRole("grid", { name: /Adaptation differences/ })).toBeVisible();
    await student.close();
  });

  test("the Display menu shows it again", async ({ page }) => {
    await page.goto("/works/novel");
    await page.getByRole("button", { name: "Hide the content note" }).click();
    await page.getByRole("button", { name: "Display" }).click();
    await page.getByRole("button", { name: "Show the content note again" }).click();
    await expect(page.getByRole("button", { name: "The content note will show again" })).toBeDisabled();
    await page.goto("/compare");
    await expect(page.getByRole("note", { name: "Content note" })).toBeVisible();
  });
});

test("a pasted link previews with the view's own name, before any script runs", async ({ browser, request }) => {
  const noScript = await browser.newPage({ javaScriptEnabled: false });
  for (const [path, title] of [
    ["/differences", "Differences · Parallels"],
    ["/characters/jaehee?names=hangul", "Jaehee · Characters · Parallels"],
    ["/works/series", "Love in the Big City (series) · Parallels"],
  ] as const) {
    await noScript.goto(path);
    await expect(noScript).toHaveTitle(title);
    await expect(noScript.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
    await expect(noScript.locator('meta[property="og:description"]')).toHaveAttribute("content", /\w{3,}/);
  }
  await noScript.close();
  // What a link-preview robot reads: the served HTML itself, one description, and the app's scripts.
  const html = await (await request.get("/cast")).text();
  expect(html).toContain("<title>Cast · Parallels</title>");
  expect(html.match(/<meta name="description"/g)).toHaveLength(1);
  // The app's code comes after the page's own stylesheet and head script (docs/decisions/0012).
  expect(html).toMatch(
    /<script type="module" fetchpriority="low" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/,
  );
});
