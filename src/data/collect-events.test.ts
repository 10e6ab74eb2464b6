// @vitest-environment node
import { describe, expect, it } from "vitest";
import { collectEvents } from "./collect-events.ts";
import { readDataset } from "./data-on-disk.ts";

describe("dated events", () => {
  const data = readDataset();
  const events = collectEvents(data.works.works, data.awards.awards);
  const byId = (id: string) => events.find((e) => e.id === id);

  it("collects publication, translation, filming, premieres, releases and awards, in date order", () => {
    const ids = events.map((e) => e.id);
    expect(ids.indexOf("novel.korean-publication")).toBeLessThan(ids.indexOf("film.world-premiere"));
    expect(byId("novel.french-edition")?.dates).toEqual([{ from: "2024-08" }]);
    expect(byId("series.filming-dates")?.dates).toEqual([{ from: "2023-11", to: "2024-02" }]);
    expect(events.some((e) => e.topic === "awards" && e.work === "film")).toBe(true);
    const firsts = events.map((e) => e.dates.map((d) => d.from).sort()[0] ?? "");
    expect(firsts).toEqual([...firsts].sort());
  });

  it("keeps every version of a disputed date, and each date's precision", () => {
    expect(byId("novel.korean-publication")?.dates).toEqual([
      { from: "2019-06-28" },
      { from: "2019-06" },
      { from: "2019-07-01" },
    ]);
    expect(byId("novel.korean-publication")?.claim.confidence).toBe("disputed");
  });
});
