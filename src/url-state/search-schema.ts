import { flag, oneOf, progress, type Field, type Progress } from "./fields.ts";

export type SearchSchema = Record<string, Field<unknown>>;
export type SearchValues<S extends SearchSchema> = { [K in keyof S]: S[K]["defaultValue"] };
export type IgnoredParam = { name: string; reason: string };

export const NAME_STYLES = ["romanized", "hangul", "both"] as const;

/** The values of the global parameters. */
export type GlobalValues = {
  names: (typeof NAME_STYLES)[number];
  progress: Progress | null;
  present: boolean;
  notes: "on" | "off";
};

/**
 * The parameters of the URL contract that every view reads and every link keeps. Typed field by field
 * (not only `satisfies`), so that one picked by a generic name still reads as `Field<GlobalValues[K]>`.
 */
export const GLOBAL_SEARCH: { [K in keyof GlobalValues]: Field<GlobalValues[K]> } = {
  names: oneOf(NAME_STYLES, "romanized"),
  progress: progress(),
  present: flag(),
  // A teacher's link can leave out the content note, for a class that has had it (`notes=off`).
  notes: oneOf(["on", "off"], "on"),
};

/** Reads every field of a schema from the URL; each falls back alone, and every ignored value is said. */
export function parseSearch<S extends SearchSchema>(
  schema: S,
  params: URLSearchParams,
): { values: SearchValues<S>; ignored: IgnoredParam[] } {
  const values = {} as Record<string, unknown>;
  const ignored: IgnoredParam[] = [];
  for (const [name, field] of Object.entries(schema)) {
    const all = params.getAll(name);
    const first = all[0];
    if (first === undefined) {
      values[name] = field.defaultValue;
      continue;
    }
    const result = field.parse(first);
    values[name] = result.value;
    if (result.ignored) ignored.push({ name, reason: result.ignored });
    if (all.length > 1) ignored.push({ name, reason: `given ${all.length} times; only the first is used` });
  }
  for (const name of new Set(params.keys()))
    if (!(name in schema))
      ignored.push({ name: name.length > 40 ? `${name.slice(0, 40)}…` : name, reason: "is not used on this page" });
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- the loop above set every field of the schema from its own parse() or default; TS cannot type an object built key by key over a generic schema
  return { values: values as SearchValues<S>, ignored };
}

/** Writes values back as search parameters, in schema order, leaving defaults out. */
export function serializeSearch<S extends SearchSchema>(schema: S, values: Partial<SearchValues<S>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, field] of Object.entries(schema)) {
    if (!(name in values)) continue;
    const text = field.serialize(values[name]);
    if (text !== "") params.set(name, text);
  }
  return params;
}

/** The global parameters of a URL, as a query string to carry onto another view ("" or "?names=both"). */
export function keptQuery(search: string): string {
  const { values } = parseSearch(GLOBAL_SEARCH, new URLSearchParams(search));
  const query = serializeSearch(GLOBAL_SEARCH, values).toString();
  return query ? `?${query}` : "";
}
