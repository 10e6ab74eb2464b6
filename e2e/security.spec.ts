import { CONTENT_SECURITY_POLICY } from "../build/content-security-policy.ts";
import { expect, test } from "./test.ts";

const HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
const ALL_PATHS = [
  "/",
  "/works/novel",
  "/works/film",
  "/works/series",
  "/differences",
  "/compare",
  "/cast",
  "/characters/jaehee",
  "/timeline",
  "/sources",
  "/search?q=ji",
  "/nowhere",
];

test.describe("the Content-Security-Policy", () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test("is in the built page and refuses inline script", async ({ page, request }) => {
    const html = await (await request.get("/")).text();
    // Ahead of every script in the served page, so it governs them all.
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(0);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf("<script"));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toBe(
      CONTENT_SECURITY_POLICY,
    );
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true";
      document.head.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
  });
});

test("data holding HTML or script is shown as inert text everywhere it appears", async ({ page }) => {
  const poison = async (file: string, edit: (json: Record<string, unknown>) => void) =>
    page.route(`**/data/${file}.json`, async (route) => {
      const json = (await (await route.fetch()).json()) as Record<string, unknown>;
      edit(json);
      await route.fulfill({ json });
    });
  type Any = Record<string, never> & Record<string, unknown>;
  await poison("works", (j) => {
    const film = (j.works as Any[])[1] as unknown as { summary: { value: string }; facts: { label: string }[] };
    film.summary.value = `A film. ${HOSTILE}`;
    film.facts[0]!.label = HOSTILE;
  });
  await poison("elements", (j) => {
    ((j.elements as Any[])[0] as unknown as { name: string }).name = HOSTILE;
  });
  await poison("sources", (j) => {
    ((j.sources as Any[])[0] as unknown as { title: string }).title = HOSTILE;
  });
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  for (const path of ["/works/film", "/differences", "/compare", "/sources", "/", "/search?q=img"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(HOSTILE).first()).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

test("no view asks anything of another origin", async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on("request", (r) => origins.add(new URL(r.url()).origin));
  for (const path of ALL_PATHS) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect([...origins]).toEqual([new URL(baseURL ?? "").origin]);
});
