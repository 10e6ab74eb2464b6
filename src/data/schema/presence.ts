import * as v from "valibot";
import { SourceIds, Text } from "./primitives.ts";

/**
 * Whether a character or an element is in a work, in three states (product.md, "Data"): present
 * (sourced), absent (sourced, or because the story part it belongs to is not adapted there), unknown
 * (no source either way: the app says "not known", it never guesses).
 */
export const PRESENCE_STATES = ["present", "absent", "unknown"] as const;

export const Presence = v.variant("state", [
  v.strictObject({ state: v.literal("present"), sources: SourceIds, note: v.optional(Text) }),
  v.strictObject({ state: v.literal("absent"), because: v.literal("sourced"), sources: SourceIds, note: v.optional(Text) }),
  v.strictObject({ state: v.literal("absent"), because: v.literal("part-not-adapted"), note: v.optional(Text) }),
  v.strictObject({ state: v.literal("unknown"), note: v.optional(Text) }),
]);
export type Presence = v.InferOutput<typeof Presence>;
