import { href, NAV_LINKS, ROUTES } from "../src/url-state/routes.ts";
import { expect, test } from "./test.ts";

// Run with `npm run screenshot` to retake the README's pictures; not part of `npm test`. The first screen of each
// view only (not the full page), as a visitor first sees it: PNGs of about 100 kB.
const VIEWS = NAV_LINKS.map((link) => link.to.route);

// A laptop, a phone, and a classroom projector (WXGA, the most common) in projector mode, on the lesson's first
// row where the view has a lesson (step 0 is the content note).
const SIZES = [
  { name: "desktop", width: 1280, height: 800, present: false },
  { name: "phone", width: 390, height: 844, present: false },
  { name: "projector", width: 1280, height: 800, present: true },
];

for (const view of VIEWS)
  for (const size of SIZES)
    test(`${view} at ${size.name} size`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      const lesson = size.present && "lesson" in ROUTES[view] ? { step: 1 } : {};
      const url = href({ route: view, search: { present: size.present, ...lesson } });
      await page.goto(url);
      await expect(page).toHaveURL(url);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible({ timeout: 20_000 });
      // Whatever arrives with the data is in: no "Loading…" left on the screen.
      await expect(page.getByText(/Loading/)).toHaveCount(0);
      await page.screenshot({ path: `docs/screenshots/${view}-${size.name}.png` });
    });
