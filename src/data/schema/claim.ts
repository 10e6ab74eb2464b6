import * as z from "zod/mini";
import { Id, SourceIds, Text } from "./primitives.ts";

/**
 * How well a claim is known, kept apart from what it says (product.md, "Data"):
 * confirmed needs two or more sources, single-source exactly one, uncertain marks a weak or
 * unconfirmed source, disputed holds every version with its own sources.
 */
export const CONFIDENCES = ["confirmed", "single-source", "uncertain", "disputed"] as const;
export const Confidence = z.enum(CONFIDENCES);

/** Where in its work a claim belongs, in the work's own units (parts, the film, episodes), for the spoiler guard. */
export const Span = z.strictObject({
  work: Id,
  from: z.int().check(z.positive()),
  to: z.int().check(z.positive()),
});

type Shape = Record<string, z.core.SomeType>;
type Counted = { confidence: string; sources: string[] };

/**
 * A sourced statement about `value`. Stated claims carry one value; disputed claims carry two or
 * more versions. Either may keep versions the sources got wrong, each with the reason.
 */
export function claim<V extends z.core.SomeType, E extends Shape = Record<never, never>>(value: V, extra?: E) {
  const version = z.strictObject({ value, sources: SourceIds, note: z.optional(Text) });
  const rejected = z.strictObject({ value, sources: SourceIds, reason: Text });
  const common = {
    ...(extra ?? ({} as E)),
    rejected: z.optional(z.array(rejected)),
    note: z.optional(Text),
    span: z.optional(Span),
  };
  const stated = z
    .strictObject({
      ...common,
      confidence: z.enum(["confirmed", "single-source", "uncertain"]),
      value,
      sources: SourceIds,
    })
    .check(
      z.refine((c) => (c as Counted).confidence !== "confirmed" || new Set((c as Counted).sources).size >= 2, {
        message: "a confirmed claim needs two or more different sources",
        path: ["sources"],
      }),
      z.refine((c) => (c as Counted).confidence !== "single-source" || (c as Counted).sources.length === 1, {
        message: "a single-source claim has exactly one source",
        path: ["sources"],
      }),
    );
  const disputed = z.strictObject({
    ...common,
    confidence: z.literal("disputed"),
    versions: z.array(version).check(z.minLength(2, "a disputed claim gives two or more versions")),
  });
  return z.discriminatedUnion("confidence", [stated, disputed]);
}

/** Any claim, whatever its value: what the source list and the badges need. */
export const AnyClaim = claim(z.unknown());
export type AnyClaim = z.infer<typeof AnyClaim>;
