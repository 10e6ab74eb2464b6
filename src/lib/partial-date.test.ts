import { describe, expect, it } from "vitest";
import { agreedPart } from "./agreed-date.ts";
import { formatPartialDate, precisionOf } from "./partial-date.ts";

describe("partial dates", () => {
  it("knows each precision", () => {
    expect(precisionOf("2019")).toBe("year");
    expect(precisionOf("2019-06")).toBe("month");
    expect(precisionOf("2019-06-28")).toBe("day");
  });

  it("writes a date with the precision it has, no more", () => {
    expect(formatPartialDate("2019")).toBe("2019");
    expect(formatPartialDate("2019-06")).toBe("June 2019");
    expect(formatPartialDate("2024-10-01")).toBe("1 October 2024");
  });

  it("finds what disputed versions agree on", () => {
    expect(agreedPart(["2021-11-09", "2021-11-16"])).toBe("2021-11");
    expect(agreedPart(["2019-06-28", "2019-06", "2019-07-01"])).toBe("2019");
    expect(agreedPart(["2019-06-28", "2020-06-28"])).toBeUndefined();
    expect(agreedPart(["2024-10-01", "2024-10-01"])).toBe("2024-10-01");
  });
});
