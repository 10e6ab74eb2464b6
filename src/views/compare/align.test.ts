// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readDataset } from "../../data/data-on-disk.ts";
import { buildRows, resolveColumns } from "../../data/element-rows.ts";
import { alignByPart, workFacts, WORK_ROWS } from "./align.ts";

const data = readDataset();
const all = data.works.works;

const blocksFor = (works: string[]) => {
  const { columns, baseline } = resolveColumns(all, works, "");
  return alignByPart(buildRows(data.elements.elements, columns, baseline, all), columns, all);
};

describe("alignment by story part", () => {
  const blocks = blocksFor([]);

  it("opens with the work as a whole, then the novel's four parts in order", () => {
    expect(blocks.map((b) => b.part)).toEqual([undefined, 1, 2, 3, 4]);
  });

  it("lines up the film's part 1 only, and a series segment with its director for each part", () => {
    const film = (part: number) => blocks.find((b) => b.part === part)!.tellers.find((t) => t.work.id === "film")!;
    expect(film(1).sections.map((s) => s.id)).toEqual(["whole-film"]);
    expect(film(2).sections).toEqual([]);
    const series = blocks.find((b) => b.part === 3)!.tellers.find((t) => t.work.id === "series")!;
    expect(series.sections.map((s) => s.id)).toEqual(["episodes-5-6"]);
    expect(series.sections[0]?.directors?.confidence !== "disputed" && series.sections[0]?.directors?.value).toEqual([
      "hong-ji-young",
    ]);
  });

  it("groups each part by aspect, in the fixed order, and holds every element exactly once", () => {
    const part1 = blocks.find((b) => b.part === 1)!;
    expect(part1.aspects[0]?.aspect).toBe("main-characters");
    const ids = blocks.flatMap((b) => b.aspects.flatMap((a) => a.rows.map((r) => r.element.id)));
    expect(ids.sort()).toEqual(data.elements.elements.map((e) => e.id).sort());
  });

  it("follows the chosen columns and their order", () => {
    const only = blocksFor(["series", "novel"]);
    expect(only[1]?.tellers.map((t) => t.work.id)).toEqual(["series", "novel"]);
    expect(only[1]?.aspects[0]?.rows[0]?.cells.map((c) => c.work.id)).toEqual(["series", "novel"]);
  });
});

describe("works-level comparison", () => {
  it("takes each work's format facts, its highlighted credits and releases, and its figures", () => {
    const film = all.find((w) => w.id === "film")!;
    const rows = Object.fromEntries(WORK_ROWS.map((row) => [row.label, workFacts(film, row).map((f) => f.id)]));
    expect(rows["Format and length"]).toContain("runtime");
    expect(rows["Creators"]).toEqual(["director"]);
    expect(rows["Reception and figures"]).toContain("total-admissions");
  });
});
