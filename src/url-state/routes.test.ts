import { readFileSync } from "node:fs";
import { matchPath } from "react-router";
import { describe, expect, it } from "vitest";
import { href, ROUTE_NAMES, ROUTES, routeSearch, type LinkTo } from "./routes.ts";
import { GLOBAL_SEARCH, parseSearch } from "./search-schema.ts";
import { seeded } from "../lib/seeded-random.ts";

/** Raw text a field may be handed; what it reads from each is a value it can hold. */
const RAW = [
  "",
  "novel",
  "film,novel",
  "series,film,novel",
  "ji",
  "Kim Go-eun",
  "대도시의 사랑법",
  "a.b",
  "1",
  "0",
  "3",
];
RAW.push("42", "novel:2,film:1", "series:8", "x".repeat(300), "q&r=s#t", "50% off", "  spaced  ");

describe("the route registry", () => {
  it("reads back every link it writes: parse(href(x)) is x, for every route, over generated values", () => {
    const random = seeded(20261206);
    const pick = <T>(list: readonly T[]): T => {
      const item = list[Math.floor(random() * list.length)];
      if (item === undefined) throw new Error("nothing to pick from");
      return item;
    };
    let checked = 0;
    for (const name of ROUTE_NAMES) {
      if (name === "notFound") continue;
      const schema = routeSearch(name);
      for (let run = 0; run < 60; run++) {
        const values = Object.fromEntries(
          Object.entries(schema).map(([param, field]) => {
            const words = field.values ?? [];
            const raw = words.length && random() < 0.6 ? [pick(words), pick(words)].join(",") : pick(RAW);
            return [param, random() < 0.3 ? field.defaultValue : field.parse(raw).value];
          }),
        );
        const params = { workId: pick(["novel", "film", "series"]), characterId: pick(["jaehee", "mother"]) };
        // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- values generated from the route's own fields
        const to = { route: name, params, search: values } as LinkTo;
        const [pathname = "", query = ""] = href(to).split("?");
        expect(parseSearch(schema, new URLSearchParams(query))).toEqual({ values, ignored: [] });
        const match = matchPath(ROUTES[name].path, pathname);
        expect(match?.pathname).toBe(pathname);
        const expected: Record<string, string> = params;
        for (const [param, id] of Object.entries(match?.params ?? {})) expect(id).toBe(expected[param]);
        checked++;
      }
    }
    expect(checked).toBe(60 * (ROUTE_NAMES.length - 1));
  });

  it("leaves every default out, and writes the parameters in the registry's order", () => {
    for (const name of ROUTE_NAMES) {
      if (name === "notFound") continue;
      const defaults = Object.fromEntries(Object.entries(routeSearch(name)).map(([p, f]) => [p, f.defaultValue]));
      // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- the route's own defaults
      const to = { route: name, params: { workId: "film", characterId: "jaehee" }, search: defaults } as LinkTo;
      expect(href(to)).not.toContain("?");
    }
    expect(
      href({ route: "differences", search: { quiz: true, cell: "bar-scene.film", works: ["film", "novel"] } }),
    ).toBe("/differences?works=film%2Cnovel&cell=bar-scene.film&quiz=1");
    expect(href({ route: "work", params: { workId: "film" }, hash: "content-notes" })).toBe(
      "/works/film#content-notes",
    );
  });

  it("is the parameter table of the README, exactly: each parameter where the README says it is read", () => {
    const readme = readFileSync("README.md", "utf8");
    const table = readme.slice(readme.indexOf("| parameter"));
    const rows = table.slice(0, table.indexOf("\n\n")).split("\n").slice(2);
    const documented = new Set<string>();
    for (const row of rows) {
      const [, param = "", where = ""] = row.split(/(?<!\\)\|/).map((cell) => cell.trim());
      const name = /^`([a-z]+)=/.exec(param)?.[1];
      if (!name) continue; // the #anchors row
      if (where === "everywhere") documented.add(`${name} everywhere`);
      for (const [, path] of where.matchAll(/`(\/[a-z]*)`/g)) documented.add(`${name} ${path}`);
    }
    const registry = new Set([
      ...Object.keys(GLOBAL_SEARCH).map((name) => `${name} everywhere`),
      ...ROUTE_NAMES.flatMap((route) =>
        Object.keys(ROUTES[route].search).map((name) => `${name} ${ROUTES[route].path}`),
      ),
    ]);
    expect([...documented].sort()).toEqual([...registry].sort());
  });
});
