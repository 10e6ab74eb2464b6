import { describe, expect, it } from "vitest";
import { formatQuantity } from "./format-quantity.ts";

describe("formatQuantity", () => {
  it("writes counts with their unit", () => {
    expect(formatQuantity({ amount: 118, unit: "minutes" })).toBe("118 minutes");
    expect(formatQuantity({ amount: 879109, unit: "admissions" })).toBe("879,109 admissions");
    expect(formatQuantity({ amount: 1, unit: "years" })).toBe("1 year");
  });

  it("writes ranges and approximations", () => {
    expect(formatQuantity({ amount: 47, upTo: 53, unit: "minutes" })).toBe("47–53 minutes");
    expect(formatQuantity({ amount: 5, unit: "years", approximate: true })).toBe("about 5 years");
    expect(formatQuantity({ amount: 100000, unit: "copies", atLeast: true })).toBe("over 100,000 copies");
  });

  it("writes money and percentages", () => {
    expect(formatQuantity({ amount: 8303965930, unit: "won" })).toBe("₩8,303,965,930");
    expect(formatQuantity({ amount: 26, unit: "us-dollars" })).toBe("US$26");
    expect(formatQuantity({ amount: 490, unit: "percent" })).toBe("490%");
  });
});
