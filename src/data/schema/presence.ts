import * as v from "valibot";
import { claimWith } from "./claim.ts";
import { SourceIds, Text } from "./primitives.ts";

/**
 * Whether something is in a work, in three states (product.md, "Data"): present, said with sources
 * (the text says how it appears); absent, said with sources (the text says why); unknown, when no
 * source says either way, and the app says "not known". Absent because the whole story part is not
 * adapted in that work is not written here: it follows from the works' sections.
 */
export const Presence = v.variant("state", [
  claimWith(Text, { state: v.literal("present") }),
  claimWith(Text, { state: v.literal("absent") }),
  v.strictObject({ state: v.literal("unknown"), note: v.optional(Text), noteSources: v.optional(SourceIds) }),
]);
export type Presence = v.InferOutput<typeof Presence>;
