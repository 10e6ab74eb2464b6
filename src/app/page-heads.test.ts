import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchPath } from "react-router";
import { NAV_LINKS, ROUTES, href } from "../url-state/routes.ts";
import { readDataset } from "../data/data-on-disk.ts";
import { pageFile, pageHeads, withPageHead, withPrerendered } from "./page-heads.ts";

const heads = pageHeads(readDataset());
const html = readFileSync("index.html", "utf8");

describe("pageHeads", () => {
  it("gives every fixed view, work and character a head of its own", () => {
    const paths = heads.map((head) => head.path);
    for (const page of NAV_LINKS) expect(paths).toContain(href(page.to));
    expect(paths).toEqual(
      expect.arrayContaining([
        "/search",
        "/works/novel",
        "/works/film",
        "/works/series",
        "/characters/jaehee",
        "/characters/young",
      ]),
    );
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(heads.map((head) => head.title)).size).toBe(heads.length);
    expect(heads.find((head) => head.path === "/characters/jaehee")?.title).toBe("Jaehee · Characters · Parallels");
    expect(heads.find((head) => head.path === "/works/series")?.description).toMatch(/eight-episode/);
  });

  it("names the route that draws each page: the one whose path matches it", () => {
    const unmatched = heads.filter((head) => matchPath(ROUTES[head.route].path, head.path) === null);
    expect(unmatched).toEqual([]);
    expect(heads.find((head) => head.path === "/works/film")?.route).toBe("work");
    expect(heads.find((head) => head.path === "/")?.route).toBe("overview");
  });

  it("puts each page where a static host serves it for the path, without a redirect", () => {
    expect(pageFile("/")).toBe("index.html");
    expect(pageFile("/differences")).toBe("differences.html");
    expect(pageFile("/works/film")).toBe("works/film.html");
  });
});

describe("withPageHead", () => {
  const head = {
    path: "/cast",
    route: "cast" as const,
    title: `Cast "&" <co> · Parallels`,
    description: "Who plays <b>whom</b> & why",
  };

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

describe("withPrerendered", () => {
  it("puts the drawn view in the root and its path, under the base, on <html>", () => {
    const page = withPrerendered(html, "/cast", "<h1>Cast</h1>", "/parallels/");
    expect(page).toContain('<div id="root"><div id="prerendered"><h1>Cast</h1></div></div>');
    expect(page).toMatch(/<html data-prerendered="\/parallels\/cast" /);
    expect(withPrerendered(html, "/", "<h1>Overview</h1>", "/parallels/")).toMatch(
      /<html data-prerendered="\/parallels\/" /,
    );
    expect(page).toMatch(/<noscript>Without JavaScript, this page shows as it first opens/);
    expect(page).not.toContain("data-content-note");
    // Its stylesheet and head script come before the app's code, which only takes over a page already on screen.
    expect(page).toMatch(/<script type="module" fetchpriority="low"/);
    expect(html).not.toContain("fetchpriority");
    expect(withPrerendered(html, "/differences", "<section data-content-note>…</section>", "/")).toMatch(
      /<html data-prerendered="\/differences" data-content-note="" /,
    );
  });

  it('marks 404.html, drawn once for every unknown path, "*" under any base', () => {
    expect(withPrerendered(html, "*", "<h1>Not found</h1>", "/parallels/")).toMatch(/<html data-prerendered="\*" /);
  });

  it("draws the controls disabled until the app takes over, leaving a control that is disabled anyway as it is", () => {
    const page = withPrerendered(
      html,
      "/cast",
      '<input type="search" value=""/><button type="button" disabled="">Shown</button><a href="/">Home</a>',
      "/",
    );
    expect(page).toContain(
      '<input disabled="" data-wait="" type="search" value=""/><button type="button" disabled="">Shown</button><a href="/">Home</a>',
    );
  });

  it("leaves a view that needs inline styles undrawn: the Content-Security-Policy would block them", () => {
    expect(withPrerendered(html, "/cast", '<div><span style="left:4%">2019</span></div>', "/")).toBe(html);
  });

  it("draws SVG geometry, which is in attributes, not styles", () => {
    const body =
      '<svg width="100%" height="64"><rect x="12.5%" y="36" width="3%" height="16"><title>Release: 2024</title></rect></svg>';
    expect(withPrerendered(html, "/timeline", body, "/")).toContain(`<div id="prerendered">${body}</div>`);
  });
});
