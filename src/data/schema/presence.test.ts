import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { Presence } from "./presence.ts";

const ok = (input: unknown) => v.safeParse(Presence, input).success;

describe("presence in three states", () => {
  it("accepts present with sources, absent with sources or because the part is not adapted, and unknown", () => {
    expect(ok({ state: "present", sources: ["t1"] })).toBe(true);
    expect(ok({ state: "absent", because: "sourced", sources: ["seed-film"] })).toBe(true);
    expect(ok({ state: "absent", because: "part-not-adapted" })).toBe(true);
    expect(ok({ state: "unknown" })).toBe(true);
  });

  it("rejects a present or sourced-absent state without sources, and any other state", () => {
    expect(ok({ state: "present", sources: [] })).toBe(false);
    expect(ok({ state: "present" })).toBe(false);
    expect(ok({ state: "absent", because: "sourced" })).toBe(false);
    expect(ok({ state: "absent" })).toBe(false);
    expect(ok({ state: "maybe" })).toBe(false);
  });

  it("does not let unknown carry sources: a sourced state is present or absent", () => {
    expect(ok({ state: "unknown", sources: ["t1"] })).toBe(false);
  });
});
