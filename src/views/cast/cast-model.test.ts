// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readDataset } from "../../data/data-on-disk.ts";
import { castEntries, filterCast, groupByCharacter, sortCast, type CastFilter } from "./cast-model.ts";

const data = readDataset();
const works = data.works.works;
const entries = castEntries(data.characters.characters, works, data.people.people);
const all: CastFilter = { works: [], role: ["main", "supporting", "cameo"], q: "" };
const keys = (filter: Partial<CastFilter>) => filterCast(entries, { ...all, ...filter }).map((h) => h.entry.key);

describe("cast entries", () => {
  it("has a card for every character present in a work, the novel's included, without an actor", () => {
    const novelJaehee = entries.find((e) => e.key === "jaehee.novel");
    expect(novelJaehee?.actor).toBeUndefined();
    expect(entries.find((e) => e.key === "jaehee.film")?.actor?.id).toBe("kim-go-eun");
    expect(entries.some((e) => e.work.id === "film" && e.character.id === "hyung")).toBe(false);
  });
});

describe("search across spellings and scripts", () => {
  it("finds Jae-hee in every work by any of her names, and says which name matched where it is not shown", () => {
    const hits = filterCast(entries, { ...all, q: "jaehee" });
    expect(hits.map((h) => h.entry.key)).toEqual(
      expect.arrayContaining(["jaehee.novel", "jaehee.film", "jaehee.series"]),
    );
    const series = hits.find((h) => h.entry.key === "jaehee.series");
    expect(series?.entry.actor?.id).toBe("lee-soo-kyung");
    expect(series?.matched).toBeDefined();
    expect(hits.find((h) => h.entry.key === "jaehee.novel")?.matched).toBeUndefined();
  });

  it("matches Mi-ae with or without the hyphen, Kyu-ho, and Hangul names", () => {
    expect(keys({ q: "miae" })).toContain("jaehee.series");
    expect(keys({ q: "Mi-ae" })).toContain("jaehee.series");
    expect(keys({ q: "kyu-ho" })).toContain("gyu-ho.series");
    expect(keys({ q: "김고은" })).toEqual(["jaehee.film"]);
  });

  it("filters by work and by role tier", () => {
    expect(keys({ works: ["film"], role: ["cameo"] }).sort()).toEqual([
      "jun-su.film",
      "min-jun.film",
      "sun-woo.film",
      "tattooist.film",
    ]);
    for (const key of keys({ works: ["series"] })) expect(key.endsWith(".series")).toBe(true);
  });
});

describe("order and grouping", () => {
  it("orders by billing within each work, by actor, or by character", () => {
    const billing = sortCast(filterCast(entries, { ...all, works: ["series"] }), "billing", works).map(
      (h) => h.entry.key,
    );
    expect(billing[0]).toBe("young.series");
    // The whole cast opens on who plays whom: the film's credits in their order, the series', then the novel's figures.
    const everyWork = sortCast(filterCast(entries, all), "billing", works).map((h) => h.entry);
    expect(everyWork.slice(0, 3).map((e) => e.key)).toEqual(["jaehee.film", "young.film", "su-ho.film"]);
    const firstWithout = everyWork.findIndex((e) => !e.actor);
    expect(firstWithout).toBeGreaterThan(0);
    expect(everyWork.slice(firstWithout).every((e) => !e.actor && e.work.id === "novel")).toBe(true);
    const series = everyWork.filter((e) => e.work.id === "series").map((e) => e.billing ?? Infinity);
    expect(series).toEqual([...series].sort((a, b) => a - b));
    const byActor = sortCast(filterCast(entries, all), "actor", works).map((h) => h.entry.actor?.name);
    expect(byActor.at(-1)).toBeUndefined();
    const names = sortCast(filterCast(entries, all), "character", works).map((h) => h.entry.name.romanized);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it("groups by character: who plays them in each work, or why no one does", () => {
    const rows = groupByCharacter(filterCast(entries, all), data.characters.characters, works);
    const young = rows.find((r) => r.character.id === "young")!;
    expect([...young.byWork.values()].map((v) => (typeof v === "string" ? v : v.entry.name.romanized))).toEqual([
      "Young",
      "Jang Heung-soo",
      "Go Young",
    ]);
    const gyuho = rows.find((r) => r.character.id === "gyu-ho")!;
    expect(gyuho.byWork.get("film")).toBe("absent");
    const namgyu = rows.find((r) => r.character.id === "nam-gyu")!;
    expect(namgyu.byWork.get("novel")).toBe("not-known");
  });
});
