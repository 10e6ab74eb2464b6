import { existsSync } from "node:fs";

/**
 * The one place that decides which Chromium the tests drive: $CHROMIUM_PATH if set, then a system
 * Chromium (Debian's package on these machines), then Playwright's own download (undefined).
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const system = [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
  ];
  return system.find((path) => existsSync(path));
}
