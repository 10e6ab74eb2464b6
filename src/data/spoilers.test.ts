import { isCovered, spanLabel } from "./spoilers.ts";
import type { Work } from "./schema/works-file.ts";

const works = [
  { id: "novel", medium: "novel", units: { kind: "part", count: 4 } },
  { id: "film", medium: "film", units: { kind: "film", count: 1 } },
  { id: "series", medium: "series", units: { kind: "episode", count: 8 } },
] satisfies Pick<Work, "id" | "medium" | "units">[];

describe("the spoiler guard", () => {
  it("covers nothing without a progress", () => {
    expect(isCovered(null, { work: "series", from: 3, to: 4 })).toBe(false);
  });
  it("shows a claim once the end of its span is reached, and covers it before", () => {
    expect(isCovered({ series: 4 }, { work: "series", from: 3, to: 4 })).toBe(false);
    expect(isCovered({ series: 3 }, { work: "series", from: 3, to: 4 })).toBe(true);
    expect(isCovered({ novel: 2, film: 0 }, { work: "film", from: 1, to: 1 })).toBe(true);
    expect(isCovered({ film: 1 }, { work: "film", from: 1, to: 1 })).toBe(false);
  });
  it("counts a work the progress leaves out as not started", () => {
    expect(isCovered({ novel: 4 }, { work: "series", from: 1, to: 2 })).toBe(true);
  });
  it("never covers a claim without a span", () => {
    expect(isCovered({ novel: 0 }, undefined)).toBe(false);
  });
  it("says what a claim would spoil in the work's own units", () => {
    expect(spanLabel({ work: "series", from: 3, to: 4 }, works)).toBe("the series, episodes 3–4");
    expect(spanLabel({ work: "novel", from: 2, to: 2 }, works)).toBe("the novel, part 2");
    expect(spanLabel({ work: "film", from: 1, to: 1 }, works)).toBe("the film");
  });
});
