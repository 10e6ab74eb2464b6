import type * as z from "zod/mini";

/** "works[2].facts[0].value" from a parse path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    out += typeof key === "number" ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || "(top level)";
}

/** One readable line per schema issue: where, and what was expected. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  switch (issue.code) {
    case "invalid_type":
      return `${where}: expected ${issue.expected}`;
    case "invalid_value":
      return `${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return `${where}: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
    case "invalid_format":
      return `${where}: not a valid ${issue.format === "regex" ? "value" : issue.format}`;
    case "too_small":
      return `${where}: too small (at least ${String(issue.minimum)})`;
    case "too_big":
      return `${where}: too big (at most ${String(issue.maximum)})`;
    case "invalid_union":
      return `${where}: matches none of the allowed shapes`;
    case "custom":
      return `${where}: ${issue.message}`;
    default:
      return `${where}: ${issue.message}`;
  }
}
