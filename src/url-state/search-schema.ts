import { flag, oneOf, progress, type Field } from "./fields.ts";

export type SearchSchema = Record<string, Field<unknown>>;
export type SearchValues<S extends SearchSchema> = { [K in keyof S]: S[K]["defaultValue"] };
export type IgnoredParam = { name: string; reason: string };

export const NAME_STYLES = ["romanized", "hangul", "both"] as const;

/** The parameters of the URL contract that every view reads and every link keeps. */
export const GLOBAL_SEARCH = {
  names: oneOf(NAME_STYLES, "romanized"),
  progress: progress(),
  present: flag(),
  // A teacher's link can leave out the content note, for a class that has had it (`notes=off`).
  notes: oneOf(["on", "off"], "on"),
} satisfies SearchSchema;

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
