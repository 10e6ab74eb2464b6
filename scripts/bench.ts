// npm run bench: builds the app and a floor app (bench/floor), serves both, and prints per view the
// first-load bytes (gzip and brotli), FCP, LCP, content paint and CLS (4x CPU, slow mobile network, median of 5 or --runs=N;
// each view's loads take turns with the floor's, and with another build's given --against=DIR),
// the filters' keystroke-to-paint latency (real data and 100x, unthrottled and 4x), and Lighthouse
// scores (npx lighthouse; skip with --no-lighthouse). Timings are noisy here: read medians, not runs.
import { exec, execSync } from "node:child_process";
import { resolve as absolutePath } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { existsSync, readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import * as v from "valibot";
import { preview } from "vite";
import { findChromium } from "../e2e/find-chromium.ts";
import { matchRoutes } from "react-router";
import { BENCHED_VIEWS } from "../src/app/benched-views.ts";
import { OWN_FILES } from "../src/app/own-files.ts";
import { pageFile } from "../src/app/page-heads.ts";
import { DATA_FILE_NAMES, dataPath } from "../src/data/data-files.ts";
import { readDataset } from "../src/data/data-on-disk.ts";
import { VIEW_MODULES } from "../src/app/view-modules.ts";
import { ROUTE_NAMES, ROUTES, type RouteName } from "../src/url-state/routes.ts";
import { readBuild } from "./first-load.ts";

// `--runs=12`: more page loads per figure (5 unless given), for a median that tells a 50 ms change.
const RUNS = Number(process.argv.find((arg) => arg.startsWith("--runs="))?.slice("--runs=".length) ?? 5);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error("--runs= takes a whole number of page loads, 1 or more");
/** Page loads per filter measurement, their keystrokes pooled. */
const KEY_LOADS = 3;
const lighthouse = !process.argv.includes("--no-lighthouse");
const latency = !process.argv.includes("--no-latency");
// `--only=/search?q=ji` (repeatable): those addresses alone, to check one change quickly: any address of
// the app, a link with a query included, since each view marks its content whatever its state.
const only = process.argv.flatMap((arg) => (arg.startsWith("--only=") ? [arg.slice("--only=".length)] : []));
// `--against=DIR`: another build of the app (a dist/ from another commit) loaded in turn with this one.
const other = process.argv.find((arg) => arg.startsWith("--against="))?.slice("--against=".length);
if (other !== undefined && !existsSync(`${other}/.vite/manifest.json`))
  throw new Error(`--against=${other}: not a build of the app (no .vite/manifest.json in it)`);
for (const address of only)
  if (!address.startsWith("/"))
    throw new Error(`--only=${address}: an address of the app starts with "/" (/cast?q=jaehee)`);
const views = only.length ? only : BENCHED_VIEWS;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;
const sizes = (buf: Buffer) => ({ gzip: gzipSync(buf, { level: 9 }).length, br: brotliCompressSync(buf).length });

/** The page a host serves for a view's address: its own prerendered page where the build wrote one, else 404.html (as `vite preview` does here). */
function servedPage(dir: string, view: string): string {
  const file = pageFile(new URL(view, "http://localhost").pathname);
  return existsSync(`${dir}/${file}`) ? file : "404.html";
}

function firstLoad(dir: string, viewModule: string | undefined, dataFiles: string[], page = "index.html") {
  const files = readBuild(pathToFileURL(`${absolutePath(dir)}/`)).firstLoad(viewModule);
  const sum = (names: string[]) =>
    names
      .map((f) => sizes(readFileSync(`${dir}/${f}`)))
      .reduce((a, b) => ({ gzip: a.gzip + b.gzip, br: a.br + b.br }), { gzip: 0, br: 0 });
  return { js: sum(files.js), css: sum(files.css), html: sum([page]), data: sum(dataFiles) };
}

const DATA = DATA_FILE_NAMES.map(dataPath);
/** The registry's paths, each with its route's name, for react-router to match as the app's router does. */
const ROUTE_TABLE = ROUTE_NAMES.map((name) => ({ path: ROUTES[name].path, name }));
/** The route that draws a view's address: the registry's most specific path that matches it. */
function routeOf(view: string): RouteName {
  const name = matchRoutes(ROUTE_TABLE, new URL(view, "http://localhost").pathname)?.[0]?.route.name;
  if (!name) throw new Error(`${view}: no route draws it`);
  return name;
}
/** What of data/ a view's first paint waits for: its own file where it has one (OWN_FILES), else the data files. */
function firstData(view: string): string[] {
  const ownFile = OWN_FILES[routeOf(view)];
  return ownFile ? [dataPath(ownFile)] : DATA;
}

const copies = <T extends { id: string }>(items: T[]) =>
  Array.from({ length: 100 }, (_, i) => items.map((x) => ({ ...x, id: i ? `${x.id}-copy-${i}` : x.id }))).flat();

/** The data made 100 times larger: characters and elements copied with fresh ids. */
function hundredfold(): Record<string, unknown> {
  const data = readDataset();
  return {
    ...data,
    characters: { characters: copies(data.characters.characters) },
    elements: { elements: copies(data.elements.elements) },
  };
}

type Perf = NonNullable<Window["perf"]>;

/**
 * FCP, LCP, CLS, and the content paint: when the view's content first paints (Element Timing), not
 * whatever is largest, which may be the content note above it. Each view marks its content element
 * `data-timing` (the floor its table); Element Timing reads only `elementtiming`, which HTML does not
 * have (the Nu checker refuses it), so the page gets it here, on the marked element and everything in
 * it, as they are inserted: before they paint, since observers run before the next frame.
 */
async function paintTimings(page: Page, url: string, throttled: boolean) {
  const cdp = await page.context().newCDPSession(page);
  if (throttled) {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  await page.addInitScript(() => {
    const perf: Perf = { cls: 0 };
    window.perf = perf;
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes]))
        if (node instanceof Element)
          for (const el of node.closest("[data-timing]")
            ? [node, ...node.querySelectorAll("*")]
            : node.querySelectorAll("[data-timing], [data-timing] *"))
            el.setAttribute("elementtiming", el.closest<HTMLElement>("[data-timing]")?.dataset.timing ?? "");
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        // An element-timing entry (PerformanceElementTiming, which TS's DOM types do not have) has both times.
        if (!(
          "renderTime" in e &&
          "loadTime" in e &&
          typeof e.renderTime === "number" &&
          typeof e.loadTime === "number"
        ))
          return;
        const time = e.renderTime || e.loadTime;
        perf.content = Math.min(perf.content ?? time, time);
      }),
    ).observe({ type: "element", buffered: true });
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => e.name === "first-contentful-paint" && (perf.fcp = e.startTime)),
    ).observe({ type: "paint", buffered: true });
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (perf.lcp = e.startTime))).observe({
      type: "largest-contentful-paint",
      buffered: true,
    });
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        // A layout-shift entry (LayoutShift, which TS's DOM types do not have).
        if ("value" in e && typeof e.value === "number" && !("hadRecentInput" in e && e.hadRecentInput))
          perf.cls += e.value;
      }),
    ).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(url, { waitUntil: "networkidle" });
  // On a busy machine the floor's table (drawn once its rows arrive) can come after the network is idle.
  await page
    .waitForFunction(() => window.perf?.content !== undefined, undefined, {
      timeout: 30_000,
    })
    .catch(() => console.error(`${url}: no content paint in 30 s`));
  await page.waitForTimeout(500);
  const perf = await page.evaluate(() => window.perf);
  if (!perf) throw new Error(`${url}: the page lost its figures`);
  return perf;
}

/** Time from each keydown in a search box to the frame after it has been painted, per key. */
async function keystrokeLatency(
  page: Page,
  url: string,
  box: string,
  throttled: boolean,
  big: Record<string, unknown> | undefined,
) {
  if (big)
    for (const [name, json] of Object.entries(big))
      await page.route(`**/data/${name}.json`, (r) => r.fulfill({ json }));
  // A returning reader: the matrix is behind the content note on a first visit.
  await page.addInitScript(() => localStorage.setItem("parallels-content-note", "read"));
  await page.goto(url, { waitUntil: "networkidle" });
  if (throttled) await (await page.context().newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.evaluate(() => {
    const latencies: number[] = [];
    window.latencies = latencies;
    document.addEventListener(
      "keydown",
      (e) => requestAnimationFrame(() => setTimeout(() => latencies.push(performance.now() - e.timeStamp))),
      { capture: true },
    );
  });
  const input = page.getByRole("searchbox", { name: box });
  for (const word of ["jaehee", "kyu-ho", "mother", "seoul"]) {
    await input.fill("");
    await input.pressSequentially(word, { delay: 80 });
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => window.latencies ?? []);
}

async function main() {
  console.log("Building the app and the floor…");
  execSync("npx vite build", { stdio: "ignore" });
  execSync("npx vite build -c bench/floor/vite.config.ts", { stdio: "ignore" });

  const floorBytes = firstLoad("bench/floor/dist", undefined, ["rows.json"]);
  const app = await preview({ preview: { port: 4180, strictPort: true }, logLevel: "silent" });
  const floor = await preview({
    configFile: "bench/floor/vite.config.ts",
    preview: { port: 4181, strictPort: true },
    logLevel: "silent",
  });
  const otherServer = other
    ? await preview({ build: { outDir: other }, preview: { port: 4182, strictPort: true }, logLevel: "silent" })
    : undefined;
  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ["--disable-background-networking", "--no-first-run"],
  });

  const load = async (url: string) => {
    const context = await browser.newContext();
    const perf = await paintTimings(await context.newPage(), url, true);
    await context.close();
    return perf;
  };
  const summary = (runs: Perf[]) => ({
    fcp: median(runs.map((r) => r.fcp ?? NaN)),
    lcp: median(runs.map((r) => r.lcp ?? NaN)),
    // A run where the content never painted (no marked element) makes the figure NaN, not a smaller median.
    content: runs.some((r) => r.content === undefined) ? NaN : median(runs.map((r) => r.content ?? NaN)),
    cls: Math.max(...runs.map((r) => r.cls)),
  });
  /**
   * Each view's loads take turns with the floor's (and the other build's, with --against), in an order
   * that alternates, so that a machine slowing down or speeding up mid-run moves both sides alike: each
   * view is set against the floor's loads of its own turn, not against a floor timed minutes before.
   */
  const inTurn = async (urls: string[]) => {
    const runs = urls.map((url) => ({ url, perf: [] as Perf[] }));
    for (let i = 0; i < RUNS; i++)
      for (const run of i % 2 ? [...runs].reverse() : runs) run.perf.push(await load(run.url));
    return runs.map((run) => run.perf);
  };

  const rows: string[] = [];
  const floorRuns: Perf[] = [];
  const against: { view: string; js: number; ours: Perf[]; theirs: Perf[] }[] = [];
  for (const view of views) {
    const bytes = firstLoad("dist", VIEW_MODULES[routeOf(view)], firstData(view), servedPage("dist", view));
    const [floorTurn = [], ours = [], theirs = []] = await inTurn([
      "http://localhost:4181/",
      `http://localhost:4180${view}`,
      ...(other ? [`http://localhost:4182${view}`] : []),
    ]);
    floorRuns.push(...floorTurn);
    const t = summary(ours);
    const floorTimes = summary(floorTurn);
    // As it goes, on stderr: the whole run takes minutes, and the tables (stdout) come once it is done.
    console.error(
      `${view}: content ${t.content.toFixed(0)} ms, the floor's ${floorTimes.content.toFixed(0)} ms in its turn`,
    );
    rows.push(
      `| ${view} | ${bytes.js.gzip} | ${bytes.js.br} | ${(bytes.js.gzip / floorBytes.js.gzip).toFixed(3)} | ${bytes.css.gzip} | ${bytes.html.gzip} | ${bytes.data.gzip} | ${t.fcp.toFixed(0)} | ${t.lcp.toFixed(0)} | ${t.content.toFixed(0)} | ${floorTimes.content.toFixed(0)} | ${(t.content / floorTimes.content).toFixed(2)} | ${t.cls.toFixed(3)} |`,
    );
    if (other)
      against.push({
        view,
        js: firstLoad(other, VIEW_MODULES[routeOf(view)], []).js.gzip - bytes.js.gzip,
        ours,
        theirs,
      });
  }
  const floorTimes = summary(floorRuns);
  console.log(
    `\nFloor app: JS ${floorBytes.js.gzip} B gzip / ${floorBytes.js.br} B br; FCP ${floorTimes.fcp.toFixed(0)} ms, LCP ${floorTimes.lcp.toFixed(0)} ms, content ${floorTimes.content.toFixed(0)} ms (4x CPU, slow 4G, median of all ${floorRuns.length} loads)\n`,
  );
  console.log(
    "| view | JS gzip | JS br | × floor | CSS gzip | HTML gzip | data gzip | FCP ms | LCP ms | content ms | floor content ms (its turn) | content × floor | CLS |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
  if (other) {
    // The two builds' loads of one turn, paired: the median of their differences tells a change of a few
    // tens of milliseconds, which the difference of two medians, each as noisy as a load, does not.
    console.log(`\nThis build against ${other}: content paint, median of ${RUNS} loads each, taken in turn:`);
    console.log("| view | this ms | other ms | this − other, median of pairs | JS gzip, other − this |");
    console.log("|---|---|---|---|---|");
    for (const { view, js, ours, theirs } of against) {
      const pairs = ours.map((r, i) => (r.content ?? NaN) - (theirs[i]?.content ?? NaN));
      console.log(
        `| ${view} | ${summary(ours).content.toFixed(0)} | ${summary(theirs).content.toFixed(0)} | ${median(pairs).toFixed(0)} | ${js} |`,
      );
    }
  }

  if (latency) await filterLatency(browser);
  await browser.close();
  if (lighthouse && executablePath) await lighthouseScores(executablePath);
  for (const server of [app, floor, ...(otherServer ? [otherServer] : [])])
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

async function filterLatency(browser: Browser) {
  console.log(`\nFilter keystroke-to-paint (ms), median / p95 of ${KEY_LOADS} page loads' keystrokes:`);
  console.log("| filter | data | unthrottled | 4x CPU |");
  console.log("|---|---|---|---|");
  const big = hundredfold();
  for (const [url, box] of [
    ["/cast", "Search names"],
    ["/differences", "Search elements and cells"],
  ] as const)
    for (const [label, data] of [
      ["real", undefined],
      ["100x", big],
    ] as const) {
      const cells: string[] = [];
      for (const throttled of [false, true]) {
        // Several page loads pooled: one load types 27 keys, and the p95 of 27 is only the second slowest.
        const latencies: number[] = [];
        for (let load = 0; load < KEY_LOADS; load++) {
          const context = await browser.newContext();
          latencies.push(
            ...(await keystrokeLatency(await context.newPage(), `http://localhost:4180${url}`, box, throttled, data)),
          );
          await context.close();
        }
        cells.push(`${median(latencies).toFixed(1)} / ${p95(latencies).toFixed(1)}`);
      }
      console.log(`| ${url} | ${label} | ${cells.join(" | ")} |`);
    }
}

async function lighthouseScores(executablePath: string) {
  console.log(
    "\nLighthouse (mobile, simulated slow 4G and 4x CPU): performance / accessibility / best practices / SEO",
  );
  for (const view of views) {
    try {
      // Asynchronously: the app is served from this very process, which must keep answering while Lighthouse loads it.
      const { stdout: json } = await promisify(exec)(
        `npx --yes lighthouse@12.8.2 "http://localhost:4180${view}" --quiet --output=json --only-categories=performance,accessibility,best-practices,seo --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --no-first-run"`,
        // A run that hangs (it has, on these machines) is reported as such, not waited on for ever.
        { env: { ...process.env, CHROME_PATH: executablePath }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
      );
      const { categories, audits } = v.parse(
        v.object({
          categories: v.record(v.string(), v.object({ score: v.number() })),
          audits: v.record(v.string(), v.object({ displayValue: v.optional(v.string()) })),
        }),
        JSON.parse(json),
      );
      const timings = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time"]
        .map((a) => audits[a]?.displayValue ?? "?")
        .join(", ");
      console.log(
        `${view}: ${["performance", "accessibility", "best-practices", "seo"].map((c) => Math.round((categories[c]?.score ?? 0) * 100)).join(" / ")} (FCP, LCP, TBT: ${timings})`,
      );
    } catch (error) {
      // exec's error carries the child's signal (set when the timeout killed it) and its stderr.
      const killed = error instanceof Error && "signal" in error && Boolean(error.signal);
      const stderr = error instanceof Error && "stderr" in error ? error.stderr : undefined;
      const reason = killed
        ? "no result in 3 minutes"
        : (String(stderr ?? error)
            .split("\n")
            .find((line) => /error/i.test(line)) ?? "failed");
      console.log(`${view}: Lighthouse could not run (${reason.trim().slice(0, 160)})`);
    }
  }
}

await main();
