// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readDataset } from "../../data/data-on-disk.ts";
import { matrixCsv } from "./matrix-csv.ts";
import { agree, buildRows, defaultBaselineId, resolveColumns } from "../../data/element-rows.ts";
import { countChanges, filterRows, groupRows, resolveOpenCell, type MatrixFilter } from "./matrix-model.ts";

const data = readDataset();
const all = data.works.works;
const elements = data.elements.elements;
const everything: MatrixFilter = {
  category: ["structure", "characters", "plot", "setting", "music", "motif", "theme", "point-of-view", "production"],
  status: [],
  q: "",
  only: "all",
};

describe("columns and baseline", () => {
  it("shows every work against the novel by default", () => {
    const { columns, baseline, ignored } = resolveColumns(all, [], "");
    expect(columns.map((w) => w.id)).toEqual(["novel", "film", "series"]);
    expect(baseline.id).toBe("novel");
    expect(ignored).toEqual([]);
  });

  it("keeps the asked order, and puts a missing baseline in front", () => {
    expect(resolveColumns(all, ["series", "film"], "film").columns.map((w) => w.id)).toEqual(["series", "film"]);
    expect(resolveColumns(all, ["series"], "novel").columns.map((w) => w.id)).toEqual(["novel", "series"]);
  });

  it("compares with the first shown work when the novel is not shown and no baseline is asked for", () => {
    const { columns, baseline } = resolveColumns(all, ["film", "series"], "");
    expect(columns.map((w) => w.id)).toEqual(["film", "series"]);
    expect(baseline.id).toBe("film");
    expect(defaultBaselineId(all, ["series", "novel"])).toBe("novel");
    expect(defaultBaselineId(all, ["series", "film"])).toBe("series");
    expect(defaultBaselineId(all, [])).toBe("novel");
  });

  it("reports unknown works and baselines instead of obeying them", () => {
    const { columns, baseline, ignored } = resolveColumns(all, ["play", "film"], "opera");
    expect(columns.map((w) => w.id)).toEqual(["film"]);
    expect(baseline.id).toBe("film");
    expect(ignored.map((i) => i.name)).toEqual(["works", "baseline"]);
  });
});

describe("rows, filters and groups", () => {
  const { columns, baseline } = resolveColumns(all, [], "");
  const rows = buildRows(elements, columns, baseline, all);
  const row = (id: string) => rows.find((r) => r.element.id === id)!;

  it("computes each cell's change against the baseline", () => {
    expect(row("best-friend-name").cells.map((c) => c.change)).toEqual(["baseline", "kept", "changed"]);
    expect(row("older-lover-name").cells.map((c) => c.change)).toEqual(["baseline", "not-adapted", expect.any(String)]);
  });

  it("filters by category and by change type in a non-baseline column", () => {
    const changedCharacters = filterRows(rows, { ...everything, category: ["characters"], status: ["changed"] });
    expect(changedCharacters.length).toBeGreaterThan(0);
    for (const r of changedCharacters) {
      expect(r.element.category).toBe("characters");
      expect(r.cells.some((c) => c.change === "changed")).toBe(true);
    }
  });

  it("searches element names and cell texts, ignoring case", () => {
    const found = filterRows(rows, { ...everything, q: "MI-AE" });
    expect(found.map((r) => r.element.id)).toContain("best-friend-name");
    expect(filterRows(rows, { ...everything, q: "no such words anywhere" })).toEqual([]);
  });

  it("with only=differences, hides rows where the shown works tell it the same way", () => {
    const same = rows.filter(agree);
    expect(same.length).toBeGreaterThan(0);
    const differing = filterRows(rows, { ...everything, only: "differences" });
    expect(differing.length).toBe(rows.length - same.length);
    expect(agree(row("flatmates"))).toBe(true);
    expect(agree(row("best-friend-name"))).toBe(false);
  });

  it("groups rows by category in a fixed order and counts changes per column", () => {
    const groups = groupRows(rows);
    expect(groups[0]?.category).toBe("structure");
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(rows.length);
    const film = countChanges(rows, "film");
    expect(film.get("not-adapted")).toBe(rows.filter((r) => r.cells[1]?.change === "not-adapted").length);
    expect(countChanges(rows, "novel")).toEqual(new Map());
  });
});

describe("the open cell", () => {
  const { columns } = resolveColumns(all, ["novel", "series"], "");
  it("finds element.work among the shown columns", () => {
    expect(resolveOpenCell("best-friend-name.series", elements, columns).open?.element.id).toBe("best-friend-name");
  });
  it("reports a cell that is not shown or does not exist", () => {
    expect(resolveOpenCell("best-friend-name.film", elements, columns).ignored?.name).toBe("cell");
    expect(resolveOpenCell("nope.series", elements, columns).ignored?.name).toBe("cell");
    expect(resolveOpenCell("a.b.c", elements, columns).ignored?.name).toBe("cell");
  });
});

describe("CSV export", () => {
  it("writes a header, one line per row, quoting where needed", () => {
    const { columns, baseline } = resolveColumns(all, ["novel", "series"], "");
    const rows = buildRows(
      elements.filter((e) => e.id === "best-friend-name"),
      columns,
      baseline,
      all,
    );
    const csv = matrixCsv(rows, columns, baseline);
    // A byte-order mark first, so that Excel reads it as UTF-8.
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, line] = csv.slice(1).trimEnd().split("\r\n");
    expect(header).toBe(
      "Category,Element,Novel part,novel: change against novel,novel: what it does,novel: sources,series: change against novel,series: what it does,series: sources",
    );
    expect(line).toMatch(/^characters,The best friend's name,1,baseline,.*,changed,"?Renamed Choi Mi-ae.*SEED-TV T22$/);
  });
});
