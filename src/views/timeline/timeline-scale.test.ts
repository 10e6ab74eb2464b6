import { describe, expect, it } from "vitest";
import { axisYears, dateSpan, place } from "./timeline-scale.ts";

describe("timeline scale", () => {
  it("spans a partial date over exactly what is known: a year, a month, a day", () => {
    expect(dateSpan("2019")).toEqual({ start: 2019, end: 2020 });
    expect(dateSpan("2019-07")).toEqual({ start: 2019.5, end: 2019 + 7 / 12 });
    const day = dateSpan("2024-10-01");
    expect(day.start).toBeCloseTo(2024 + 9 / 12, 5);
    expect(day.end - day.start).toBeCloseTo(1 / 365, 5);
  });

  it("covers whole years from the first date to past the last", () => {
    expect(axisYears(["2019-06-28", "2024-10-21", "2016"])).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(axisYears([])).toEqual([]);
  });

  it("places spans in percent of the axis", () => {
    const years = [2016, 2017, 2018, 2019, 2020];
    expect(place({ start: 2016, end: 2017 }, years)).toEqual({ left: 0, width: 25 });
    expect(place({ start: 2018, end: 2018 }, years).left).toBe(50);
  });
});
