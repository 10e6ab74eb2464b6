/**
 * One search parameter: how it is read from the URL (falling back on its own default when the
 * value is unusable, and saying why) and how it is written back (left out when it is the default).
 */
export type Field<T> = {
  defaultValue: T;
  /** The closed set a value is drawn from, where there is one (oneOf, listOf). */
  values?: readonly string[];
  parse(raw: string): { value: T; ignored?: string };
  serialize(value: T): string;
};

const MAX_LENGTH = 200;

function shown(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
}

/** Whether `value` is one of `values`, telling TS so (`includes` on a V[] takes only a V). */
export function isOneOf<V extends string>(values: readonly V[], value: string): value is V {
  return (values as readonly string[]).includes(value);
}

/** One value out of a closed set. */
export function oneOf<const V extends string>(values: readonly V[], defaultValue: V): Field<V> {
  return {
    defaultValue,
    values,
    parse(raw) {
      const value = raw.trim().toLowerCase();
      if (isOneOf(values, value)) return { value };
      return { value: defaultValue, ignored: `"${shown(raw)}" is not one of ${values.join(", ")}` };
    },
    serialize: (value) => (value === defaultValue ? "" : value),
  };
}

/** A comma-separated list out of a closed set, in the order given; unknown and repeated entries are dropped. */
export function listOf<const V extends string>(values: readonly V[], defaultValue: readonly V[]): Field<V[]> {
  return {
    defaultValue: [...defaultValue],
    values,
    parse(raw) {
      const kept: V[] = [];
      const unknown: string[] = [];
      for (const part of raw.split(",")) {
        const value = part.trim().toLowerCase();
        if (!value) continue;
        if (isOneOf(values, value)) {
          if (!kept.includes(value)) kept.push(value);
        } else unknown.push(shown(part.trim()));
      }
      if (kept.length === 0)
        return {
          value: [...defaultValue],
          ignored: `nothing usable in "${shown(raw)}" (expected some of ${values.join(", ")})`,
        };
      return unknown.length
        ? { value: kept, ignored: `unknown ${unknown.map((u) => `"${u}"`).join(", ")}` }
        : { value: kept };
    },
    serialize: (value) => (value.join(",") === defaultValue.join(",") ? "" : value.join(",")),
  };
}

/**
 * A ticked list's next value, in the list's own order. Unticking the last box brings them all back
 * rather than showing nothing.
 */
export function toggled<T>(all: readonly T[], current: readonly T[], value: T, on: boolean): T[] {
  const next = all.filter((v) => (v === value ? on : current.includes(v)));
  return next.length ? next : [...all];
}

/** Ids as the URL keeps them (`works=`): nothing written when they are all of them, in their own order (the default). */
export const unlessAll = (all: readonly string[], chosen: string[]): string[] =>
  chosen.join(",") === all.join(",") ? [] : chosen;

/** The `works=` of a view that shows works in their own order, once one box is ticked or unticked. */
export const toggledWorks = (all: readonly string[], current: readonly string[], id: string, on: boolean) =>
  unlessAll(all, toggled(all, current, id, on));

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A comma-separated list of ids whose valid values come from the data (works, say): read here for
 * shape only; the view checks them against the data and reports the unknown ones.
 */
export function idList(): Field<string[]> {
  return {
    defaultValue: [],
    parse(raw) {
      const kept: string[] = [];
      const bad: string[] = [];
      for (const part of raw.split(",")) {
        const value = part.trim().toLowerCase();
        if (!value) continue;
        if (ID.test(value) && value.length <= 60) {
          if (!kept.includes(value)) kept.push(value);
        } else bad.push(shown(part.trim()));
      }
      return bad.length ? { value: kept, ignored: `not ids: ${bad.map((b) => `"${b}"`).join(", ")}` } : { value: kept };
    },
    serialize: (value) => value.join(","),
  };
}

/** Free text, such as a search; trimmed of control characters and cut to a sane length. */
export function text(): Field<string> {
  return {
    defaultValue: "",
    parse(raw) {
      // oxlint-disable-next-line no-control-regex -- control characters are exactly what is removed
      const clean = raw.replace(/[\u0000-\u001f\u007f]/g, "");
      if (clean.length > MAX_LENGTH)
        return { value: clean.slice(0, MAX_LENGTH), ignored: `cut to ${MAX_LENGTH} characters` };
      return { value: clean };
    },
    serialize: (value) => value,
  };
}

/** An on/off switch: "1" is on; absent is off. */
export function flag(): Field<boolean> {
  return {
    defaultValue: false,
    parse(raw) {
      if (raw === "1" || raw === "true") return { value: true };
      if (raw === "0" || raw === "false" || raw === "") return { value: false };
      return { value: false, ignored: `"${shown(raw)}" is not 1 or 0` };
    },
    serialize: (value) => (value ? "1" : ""),
  };
}

/** A whole number within bounds, such as a step. */
export function whole(min: number, max: number, defaultValue: number): Field<number> {
  return {
    defaultValue,
    parse(raw) {
      const value = /^\d{1,6}$/.test(raw.trim()) ? Number(raw) : NaN;
      if (Number.isInteger(value) && value >= min && value <= max) return { value };
      return { value: defaultValue, ignored: `"${shown(raw)}" is not a whole number from ${min} to ${max}` };
    },
    serialize: (value) => (value === defaultValue ? "" : String(value)),
  };
}

export type Progress = Record<string, number>;

/** The spoiler guard's reading position, "novel:2,film:0,series:4"; absent means no guard. */
export function progress(): Field<Progress | null> {
  return {
    defaultValue: null,
    parse(raw) {
      const value: Progress = {};
      const bad: string[] = [];
      for (const part of raw.split(",")) {
        if (!part.trim()) continue;
        const match = /^([a-z0-9]+(?:-[a-z0-9]+)*):(\d{1,3})$/.exec(part.trim().toLowerCase());
        if (match && match[1] && match[2] !== undefined && !(match[1] in value)) value[match[1]] = Number(match[2]);
        else bad.push(shown(part.trim()));
      }
      const none = Object.keys(value).length === 0;
      if (bad.length)
        return {
          value: none ? null : value,
          ignored: `could not read ${bad.map((b) => `"${b}"`).join(", ")} (expected work:number)`,
        };
      return { value: none ? null : value };
    },
    serialize: (value) =>
      value
        ? Object.entries(value)
            .map(([work, n]) => `${work}:${n}`)
            .join(",")
        : "",
  };
}
