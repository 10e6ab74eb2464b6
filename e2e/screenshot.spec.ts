import { expect, test } from "./test.ts";

// Run with `npm run screenshot` to retake the README's pictures; not part of `npm test`. The first screen of each
// view only (not the full page), as a visitor first sees it: PNGs of about 100 kB.
const VIEWS = [
  { name: "overview", path: "/" },
  { name: "differences", path: "/differences" },
  { name: "compare", path: "/compare" },
  { name: "cast", path: "/cast" },
  { name: "timeline", path: "/timeline" },
  { name: "sources", path: "/sources" },
];

// A laptop, a phone, and a classroom projector (WXGA, the most common) in projector mode, on the lesson's first
// row where the view has a lesson (step 0 is the content note).
const SIZES = [
  { name: "desktop", width: 1280, height: 800, query: "" },
  { name: "phone", width: 390, height: 844, query: "" },
  { name: "projector", width: 1280, height: 800, query: "present=1" },
];

for (const view of VIEWS)
  for (const size of SIZES)
    test(`${view.name} at ${size.name} size`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      const lesson = size.query && ["differences", "compare"].includes(view.name) ? "&step=1" : "";
      const url = size.query ? `${view.path}?${size.query}${lesson}` : view.path;
      await page.goto(url);
      await expect(page).toHaveURL(url);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible({ timeout: 20_000 });
      // Whatever arrives with the data is in: no "Loading…" left on the screen.
      await expect(page.getByText(/Loading/)).toHaveCount(0);
      await page.screenshot({ path: `docs/screenshots/${view.name}-${size.name}.png` });
    });
