import { describe, expect, it } from "vitest";
import { changeType } from "./change-type.ts";
import type { Cell, Element } from "./schema/elements-file.ts";
import type { Section, Work } from "./schema/works-file.ts";

const section = (id: string, from: number, to: number, adapts?: number[]): Section => ({
  id,
  units: { from, to },
  facts: [],
  ...(adapts ? { adapts: { confidence: "confirmed", value: adapts, sources: ["a", "b"] } } : {}),
});
const work = (id: "novel" | "film" | "series", sections: Section[], basedOn?: string): Work => ({
  id,
  medium: id,
  title: "T",
  ...(basedOn ? { basedOn } : {}),
  summary: { confidence: "single-source", value: "s", sources: ["a"] },
  units: {
    kind: id === "novel" ? "part" : id === "film" ? "film" : "episode",
    count: id === "series" ? 8 : id === "novel" ? 4 : 1,
  },
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
  [1, 2, 3, 4].map((n) => section(`eps-${n}`, 2 * n - 1, 2 * n, [n])),
  "novel",
);
const works = [novel, film, series];

const present = (w: string, variant: string): Cell => ({
  work: w,
  state: "present",
  variant,
  confidence: "single-source",
  value: "x",
  sources: ["a"],
});
const absent = (w: string): Cell => ({
  work: w,
  state: "absent",
  confidence: "single-source",
  value: "x",
  sources: ["a"],
});
const unknown = (w: string): Cell => ({ work: w, state: "unknown" });
const element = (cells: Cell[], part?: number): Element => ({
  id: "e",
  name: "E",
  category: "plot",
  aspect: "key-events",
  prompt: "P?",
  cells,
  ...(part ? { part } : {}),
});

describe("change types against the novel", () => {
  it("kept: the same variant", () => {
    expect(changeType(element([present("novel", "a"), present("film", "a")], 1), film, novel, works)).toBe("kept");
  });
  it("changed: another variant", () => {
    expect(changeType(element([present("novel", "a"), present("series", "b")], 1), series, novel, works)).toBe(
      "changed",
    );
  });
  it("added: present where the novel has it absent", () => {
    expect(changeType(element([absent("novel"), present("film", "new")], 1), film, novel, works)).toBe("added");
  });
  it("omitted: absent where the novel has it", () => {
    expect(changeType(element([present("novel", "a"), absent("series")], 1), series, novel, works)).toBe("omitted");
  });
  it("not adapted: the film does not tell part 2 at all", () => {
    expect(changeType(element([present("novel", "a"), present("series", "a")], 2), film, novel, works)).toBe(
      "not-adapted",
    );
  });
  it("unknown: no sourced cell, whether marked unknown or missing", () => {
    expect(changeType(element([present("novel", "a"), unknown("series")], 1), series, novel, works)).toBe("unknown");
    expect(changeType(element([present("novel", "a")], 1), series, novel, works)).toBe("unknown");
    expect(changeType(element([unknown("novel"), present("series", "a")], 1), series, novel, works)).toBe("unknown");
  });
  it("elements of the whole work are told by every work", () => {
    expect(changeType(element([present("novel", "a"), present("film", "b")]), film, novel, works)).toBe("changed");
  });
});

describe("change types against another baseline", () => {
  it("against the film, the series' part 2 is added: the film does not tell it", () => {
    expect(changeType(element([present("novel", "a"), present("series", "a")], 2), series, film, works)).toBe("added");
  });
  it("against the film, the novel's part-2 element is also added", () => {
    expect(changeType(element([present("novel", "a"), present("series", "b")], 2), novel, film, works)).toBe("added");
  });
  it("against the series, the film keeps what it tells the same way and changes the rest", () => {
    const e = element([present("novel", "a"), present("film", "b"), present("series", "b")], 1);
    expect(changeType(e, film, series, works)).toBe("kept");
    expect(changeType(e, novel, series, works)).toBe("changed");
  });
  it("against the series, a part-1 element the series leaves out is added in the film", () => {
    expect(changeType(element([absent("novel"), present("film", "f"), absent("series")], 1), film, series, works)).toBe(
      "added",
    );
  });
  it("two works that both leave something out agree", () => {
    expect(
      changeType(element([absent("novel"), present("film", "f"), absent("series")], 1), novel, series, works),
    ).toBe("kept");
  });
});
