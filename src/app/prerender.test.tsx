// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readDataset } from "../data/data-on-disk.ts";
import { BENCHED_VIEWS } from "./benched-views.ts";
import { withPrerendered } from "./page-heads.ts";
import { prerenderPath } from "./prerender.tsx";

const data = readDataset();

describe("prerenderPath", () => {
  it("draws the timeline with no style attribute, its marks' tooltips kept and the view's own title left to the page's head", async () => {
    const body = await prerenderPath("/timeline", data);
    expect(body).toContain("<h1");
    expect(body).not.toMatch(/ style="/);
    const drawing = body.match(/<svg[\s\S]*<\/svg>/)?.[0] ?? "";
    expect(drawing).toMatch(/<title>Korean publication: 28 June 2019 or June 2019 or 1 July 2019<\/title>/);
    // Every mark (a span and, nested, its centre bar) keeps its tooltip.
    expect(drawing.match(/<title>/g)?.length).toBeGreaterThan(10);
    expect(drawing.match(/<title>/g)?.length).toBe(drawing.match(/<svg x=/g)?.length);
    expect(body.replace(drawing, "")).not.toContain("<title>");
    expect(
      withPrerendered('<html lang="en"><body><div id="root"></div></body></html>', "/timeline", body, "/"),
    ).toContain(drawing);
  });

  // `npm run bench` times each view's content paint on this one element (scripts/bench.ts).
  it.each(BENCHED_VIEWS)("marks one content element of %s for the bench", async (path) => {
    const body = await prerenderPath(path, data);
    expect(body.match(/ data-timing="[a-z-]+"/g)).toHaveLength(1);
  });
});
