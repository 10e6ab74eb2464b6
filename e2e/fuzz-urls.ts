import { ROUTE_NAMES, ROUTES, routeSearch } from "../src/url-state/routes.ts";

/** Every parameter of the URL contract: the global ones and each route's own, from the registry. */
export const PARAMS = [...new Set(ROUTE_NAMES.flatMap((name) => Object.keys(routeSearch(name))))];

/** Each closed set's words, from the registry, so every valid value is tried too. */
const WORDS = ROUTE_NAMES.flatMap((name) => Object.values(routeSearch(name)).flatMap((field) => field.values ?? []));

const VALUES = [
  "", // empty
  "novel,film",
  "series",
  "film,novel,film",
  "characters",
  "changed",
  "differences",
  "best-friend-name.series",
  "jaehee",
  "hangul",
  "both",
  "novel:2,film:0,series:4",
  "1",
  "3",
  "main,cameo",
  "actor",
  "character", // valid
  "nope",
  "novel,,",
  ",,,",
  "NOVEL",
  "novel:x",
  "novel:-1",
  "-1",
  "1e9",
  "NaN",
  "a.b.c",
  ".",
  "..",
  "true",
  "null",
  "undefined", // malformed
  "대도시의 사랑법",
  "김고은",
  "😀🎬📚",
  "\u202eevil",
  "ｎｏｖｅｌ",
  "\u0000\u0007", // unicode and control characters
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{constructor.constructor('alert(1)')()}}",
  "../../etc/passwd", // script-like
  ...new Set(WORDS),
];

/** Every route's path, with the ids of the data where it takes one (and a path no route knows). */
const PATHS = ROUTE_NAMES.flatMap((name) => {
  const params = { workId: ["novel", "film", "series"], characterId: ["jaehee", "young", "mother"] };
  const path = ROUTES[name].path;
  if (path === "*") return ["/nowhere"];
  const param = /:(\w+)/.exec(path)?.[1];
  return param === "workId" || param === "characterId"
    ? params[param].map((id) => path.replace(`:${param}`, id))
    : [path];
});
const ODD_SEGMENTS = ["nope", "%3Cscript%3E", "%E0%A4%A", "%", "대도시", "a".repeat(300), "..", "works", "%00", "😀"];

/** One fuzzed URL: a path (sometimes an unknown id or a broken one) and a few parameters with odd values. */
export function fuzzUrl(random: () => number): { url: string; unknownParam: boolean } {
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error("nothing to pick from");
    return item;
  };
  const roll = random();
  let path = pick(PATHS);
  if (roll < 0.15) path = `/works/${pick(ODD_SEGMENTS)}`;
  else if (roll < 0.3) path = `/characters/${pick(ODD_SEGMENTS)}`;
  else if (roll < 0.38) path = `/${pick(ODD_SEGMENTS)}/${pick(ODD_SEGMENTS)}`;
  const parts: string[] = [];
  const count = Math.floor(random() * 5);
  let unknownParam = false;
  for (let i = 0; i < count; i++) {
    const name = random() < 0.1 ? ((unknownParam = true), "zz-unknown") : pick(PARAMS);
    const raw = random() < 0.08 ? "x".repeat(5000) : pick(VALUES);
    const value = random() < 0.1 ? "%E0%A4%A" : encodeURIComponent(raw);
    parts.push(`${name}=${value}`);
    if (random() < 0.15) parts.push(`${name}=${encodeURIComponent(pick(VALUES))}`); // repeated
  }
  const hash = random() < 0.1 ? `#${pick(["fact-runtime", "nope", "%3Cimg%3E", "source-n9"])}` : "";
  return { url: `${path}${parts.length ? `?${parts.join("&")}` : ""}${hash}`, unknownParam };
}
