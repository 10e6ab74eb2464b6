import { COMPILE_HINT } from "../build/compile-hint.ts";
import { expect, test } from "./test.ts";

// docs/decisions/0019: V8 reads the hint only as a file's first line, and Vite writes a line of its own
// at the top of the entry; this reads the entry a page really loads.
test("the app's entry opens with V8's compile hint, and no other chunk carries it", async ({ request }) => {
  const page = await (await request.get("/search")).text();
  const scripts = [...page.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]* (?:src|href)="([^"]+)"/g)];
  const entry = /<script type="module"[^>]* src="([^"]+)"/.exec(page)?.[1];
  expect(entry).toBeDefined();
  expect((await (await request.get(entry ?? "")).text()).startsWith(`${COMPILE_HINT}\n`)).toBe(true);
  const others = scripts.map((m) => m[1] ?? "").filter((src) => src !== entry);
  expect(others.length).toBeGreaterThan(0);
  for (const src of others) expect(await (await request.get(src)).text(), src).not.toContain(COMPILE_HINT);
});
