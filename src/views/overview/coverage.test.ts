import { describe, expect, it } from "vitest";
import type { Section, Work } from "../../data/schema/works-file.ts";
import { coverage } from "./coverage.ts";

const section = (id: string, from: number, to: number, adapts?: number[]): Section => ({
  id,
  units: { from, to },
  facts: [],
  ...(adapts ? { adapts: { confidence: "confirmed", value: adapts, sources: ["a", "b"] } } : {}),
});

const work = (id: string, sections: Section[], basedOn?: string): Work => ({
  id,
  medium: id === "novel" ? "novel" : id === "film" ? "film" : "series",
  title: "T",
  ...(basedOn ? { basedOn } : {}),
  summary: { confidence: "single-source", value: "s", sources: ["a"] },
  units: { kind: "part", count: 4 },
  sections,
  facts: [],
});

const novel = work(
  "novel",
  [1, 2, 3, 4].map((n) => section(`part-${n}`, n, n)),
);
const film = work("film", [section("whole-film", 1, 1, [1])], "novel");
const series = work(
  "series",
  [1, 2, 3, 4].map((n) => section(`episodes-${2 * n - 1}-${2 * n}`, 2 * n - 1, 2 * n, [n])),
  "novel",
);

describe("coverage", () => {
  it("finds the original as the work the others are based on", () => {
    expect(coverage([film, novel, series])?.original.id).toBe("novel");
    expect(coverage([novel])).toBeUndefined();
  });

  it("marks the film as adapting part 1 only", () => {
    const rows = coverage([novel, film, series])!.rows;
    const filmCells = rows.map((r) => r.cells.find((c) => c.work.id === "film")!.cell.kind);
    expect(filmCells).toEqual(["adapted", "not-adapted", "not-adapted", "not-adapted"]);
  });

  it("finds the series segment for each part", () => {
    const rows = coverage([novel, film, series])!.rows;
    const ids = rows.map((r) => {
      const cell = r.cells.find((c) => c.work.id === "series")!.cell;
      return cell.kind === "adapted" ? cell.sections.map((s) => s.id) : [];
    });
    expect(ids).toEqual([["episodes-1-2"], ["episodes-3-4"], ["episodes-5-6"], ["episodes-7-8"]]);
  });

  it("counts a part as adapted when any disputed version says so", () => {
    const disputed: Section = {
      ...section("whole-film", 1, 1),
      adapts: {
        confidence: "disputed",
        versions: [
          { value: [1], sources: ["a"] },
          { value: [2], sources: ["b"] },
        ],
      },
    };
    const rows = coverage([novel, work("film", [disputed], "novel")])!.rows;
    expect(rows.map((r) => r.cells[1]!.cell.kind)).toEqual(["adapted", "adapted", "not-adapted", "not-adapted"]);
  });
});
