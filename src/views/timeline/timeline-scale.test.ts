import { describe, expect, it } from "vitest";
import { axisYears, dateSpan, percent, place } from "./timeline-scale.ts";

describe("timeline scale", () => {
  it("spans a partial date over exactly what is known: a year, a month, a day", () => {
    expect(dateSpan("2019")).toEqual({ start: 2019, end: 2020 });
    expect(dateSpan("2019-07")).toEqual({ start: 2019.5, end: 2019 + 7 / 12 });
    const day = dateSpan("2024-10-01");
    expect(day.start).toBeCloseTo(2024 + 9 / 12, 5);
    expect(day.end - day.start).toBeCloseTo(1 / 365, 5);
  });

  it("covers whole years from the first date to past the last", () => {
    expect(axisYears(["2019-06-28", "2024-10-21", "2016"])).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(axisYears([])).toEqual([]);
  });

  it("places spans in percent of the axis", () => {
    const years = [2016, 2017, 2018, 2019, 2020];
    expect(place({ start: 2016, end: 2017 }, years)).toEqual({ left: 0, width: 25 });
    expect(place({ start: 2018, end: 2018 }, years).left).toBe(50);
  });

  it("writes a place as an SVG length, to a thousandth of a percent", () => {
    const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
    expect(percent(place({ start: 2020, end: 2020 }, years).left)).toBe("14.286%");
    expect(percent(place(dateSpan("2024-10-01"), years).width)).toBe("0.039%");
    expect(percent(0)).toBe("0%");
    expect(percent(100)).toBe("100%");
  });
});
