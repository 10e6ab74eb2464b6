import { test } from "@playwright/test";

// Run with `npm run screenshot` to refresh the README's picture; not part of `npm test`.
test("README screenshot of the overview", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("table").waitFor();
  await page.screenshot({ path: "docs/screenshot.png" });
});
