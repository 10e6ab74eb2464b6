import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STATIC_PAGES } from "../url-state/static-pages.ts";
import { readDataset } from "../data/data-on-disk.ts";
import { pageFile, pageHeads, withPageHead } from "./page-heads.ts";

const heads = pageHeads(readDataset());
const html = readFileSync("index.html", "utf8");

describe("pageHeads", () => {
  it("gives every fixed view, work and character a head of its own", () => {
    const paths = heads.map((head) => head.path);
    for (const page of STATIC_PAGES) expect(paths).toContain(page.to);
    expect(paths).toEqual(expect.arrayContaining(["/search", "/works/novel", "/works/film", "/works/series", "/characters/jaehee", "/characters/young"]));
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(heads.map((head) => head.title)).size).toBe(heads.length);
    expect(heads.find((head) => head.path === "/characters/jaehee")?.title).toBe("Jaehee · Characters · Parallels");
    expect(heads.find((head) => head.path === "/works/series")?.description).toMatch(/eight-episode/);
  });

  it("puts each page where a static host serves it for the path, without a redirect", () => {
    expect(pageFile("/")).toBe("index.html");
    expect(pageFile("/differences")).toBe("differences.html");
    expect(pageFile("/works/film")).toBe("works/film.html");
  });
});

describe("withPageHead", () => {
  const head = { path: "/cast", title: `Cast "&" <co> · Parallels`, description: "Who plays <b>whom</b> & why" };

  it("sets the title, description and preview tags, as escaped text", () => {
    const page = withPageHead(html, head);
    expect(page).toContain("<title>Cast &quot;&amp;&quot; &lt;co&gt; · Parallels</title>");
    expect(page).toContain('<meta property="og:title" content="Cast &quot;&amp;&quot; &lt;co&gt; · Parallels" />');
    expect(page).toContain('<meta name="description" content="Who plays &lt;b&gt;whom&lt;/b&gt; &amp; why" />');
    expect(page).toContain('<meta property="og:description" content="Who plays &lt;b&gt;whom&lt;/b&gt; &amp; why" />');
    expect(page.match(/<meta name="description"/g)).toHaveLength(1);
    expect(page).not.toContain("og:url");
  });

  it("gives the page's public address when the build knows it", () => {
    const page = withPageHead(html, head, "http://localhost:8080/parallels/");
    expect(page).toContain('<meta property="og:url" content="http://localhost:8080/parallels/cast" />');
    expect(page).toContain('<link rel="canonical" href="http://localhost:8080/parallels/cast" />');
  });
});
