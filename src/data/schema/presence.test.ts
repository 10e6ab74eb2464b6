import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { Presence } from "./presence.ts";

const ok = (input: unknown) => v.safeParse(Presence, input).success;

describe("presence in three states", () => {
  it("accepts present and absent as sourced claims, and unknown without sources", () => {
    expect(ok({ state: "present", confidence: "single-source", value: "The lead", sources: ["t1"] })).toBe(true);
    expect(
      ok({ state: "absent", confidence: "confirmed", value: "Not in the film", sources: ["seed-film", "f7"] }),
    ).toBe(true);
    expect(ok({ state: "unknown", note: "No summary mentions him." })).toBe(true);
  });

  it("rejects present or absent without sources, and any other state", () => {
    expect(ok({ state: "present", confidence: "single-source", value: "x", sources: [] })).toBe(false);
    expect(ok({ state: "absent", value: "x" })).toBe(false);
    expect(ok({ state: "maybe" })).toBe(false);
  });

  it("does not let unknown carry sources: a sourced state is present or absent", () => {
    expect(ok({ state: "unknown", sources: ["t1"] })).toBe(false);
  });
});
