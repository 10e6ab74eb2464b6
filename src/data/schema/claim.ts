import * as v from "valibot";
import { Id, PositiveInt, SourceIds, Text } from "./primitives.ts";

/** Where in its work a claim belongs, in the work's own units (parts, the film, episodes), for the spoiler guard. */
export const Span = v.strictObject({ work: Id, from: PositiveInt, to: PositiveInt });

/** Where a source count's issue is reported. */
// oxlint-disable-next-line typescript/no-unsafe-type-assertion -- every stated claim has `sources`, but valibot cannot check a path into an object whose entries are generic (V, E)
const SOURCES = ["sources"] as never;

/**
 * A sourced statement about `value`. Stated claims carry one value; disputed claims carry two or
 * more versions. Either may keep versions the sources got wrong, each with the reason.
 */
export function claim<V extends v.GenericSchema>(value: V) {
  return claimWith(value, {});
}

/** A claim that is also a record of its own, with the `extra` fields beside the claim's (a fact's id and label). */
export function claimWith<V extends v.GenericSchema, E extends v.ObjectEntries>(value: V, extra: E) {
  const version = v.strictObject({ value, sources: SourceIds, note: v.optional(Text) });
  const rejected = v.strictObject({ value, sources: SourceIds, reason: Text });
  const common = {
    ...extra,
    rejected: v.optional(v.array(rejected)),
    note: v.optional(Text),
    /** The sources of what the note says, where they are not the claim's own. */
    noteSources: v.optional(SourceIds),
    span: v.optional(Span),
    /** The same fact stated in another place or file, by a shared key: all of them carry one confidence. */
    fact: v.optional(Id),
  };
  const stated = v.pipe(
    v.strictObject({
      ...common,
      confidence: v.picklist(["confirmed", "single-source", "uncertain"]),
      value,
      sources: SourceIds,
    }),
    v.forward(
      v.check(
        (c) => c.confidence !== "confirmed" || new Set(c.sources).size >= 2,
        "a confirmed claim needs two or more different sources",
      ),
      SOURCES,
    ),
    v.forward(
      v.check(
        (c) => c.confidence !== "single-source" || c.sources?.length === 1,
        "a single-source claim has exactly one source",
      ),
      SOURCES,
    ),
  );
  const disputed = v.strictObject({
    ...common,
    confidence: v.literal("disputed"),
    versions: v.pipe(v.array(version), v.minLength(2, "a disputed claim gives two or more versions")),
  });
  return v.variant("confidence", [stated, disputed]);
}

/** A claim whose value `V` is: what the schema `claim(S)` reads when S outputs V (Text: string). */
export type Claim<V> = v.InferOutput<ReturnType<typeof claim<v.GenericSchema<unknown, V>>>>;

/** Any claim, whatever its value: what the source list and the badges need. */
export const AnyClaim = claim(v.unknown());
export type AnyClaim = v.InferOutput<typeof AnyClaim>;
