import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./e2e/find-chromium.ts";

const executablePath = findChromium();
// E2E_PORT lets a second checkout run its suite beside this one.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // axe on a long view, twice (wide and narrow), takes 15-30 s on a busy 2-core machine.
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    // Requests a service worker answers escape page.route(), which the fault tests rely on: the
    // worker runs only in the offline tests, which allow it.
    serviceWorkers: "block",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Closed network here: stop Chromium's own background traffic.
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
      testIgnore: /screenshot\.spec\.ts/,
    },
    {
      name: "screenshot",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 860 } },
      testMatch: /screenshot\.spec\.ts/,
    },
  ],
  // The suite runs against the production build, as users get it (npm test builds first).
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
