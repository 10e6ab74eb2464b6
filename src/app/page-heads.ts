import type { Dataset } from "../data/data-files.ts";
import { DESCRIPTIONS, href, pageTitle, ROUTE_NAMES, ROUTES, type RouteName } from "../url-state/routes.ts";

/** What a link to a path previews as, before any script runs: its title and a line about it; and the route that draws it. */
export type PageHead = { path: string; route: RouteName; title: string; description: string };

/**
 * One head per path a link can be shared to without a query: every route of the registry with a
 * fixed path, each work and each character. The titles are the ones the views set once they run.
 */
export function pageHeads({ works, characters }: Pick<Dataset, "works" | "characters">): PageHead[] {
  const fixed = ROUTE_NAMES.flatMap((name) => {
    const description = DESCRIPTIONS[name];
    // A work's and a character's heads come from the data, below; the not-found head is 404.html's.
    return typeof description === "string" && name !== "notFound"
      ? [{ path: ROUTES[name].path, route: name, title: pageTitle(name), description }]
      : [];
  });
  return [
    ...fixed,
    ...works.works.map((work) => ({
      path: href({ route: "work", params: { workId: work.id } }),
      route: "work" as const,
      title: pageTitle("work", `${work.title} (${work.medium})`),
      description: "value" in work.summary ? work.summary.value : DESCRIPTIONS.work(work.medium),
    })),
    ...characters.characters.map((character) => ({
      path: href({ route: "character", params: { characterId: character.id } }),
      route: "character" as const,
      title: pageTitle("character", character.label),
      description: DESCRIPTIONS.character(character.label),
    })),
  ];
}

/** The head of 404.html, the one page the build draws for every path no route knows. */
export const notFoundHead: PageHead = {
  path: ROUTES.notFound.path,
  route: "notFound",
  title: pageTitle("notFound"),
  description: DESCRIPTIONS.notFound,
};

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * The built index.html with a path's own title, description and link-preview tags. The address tags
 * (canonical, og:url) need the public address, `publicUrl` (VITE_PUBLIC_URL); without it they are left out.
 */
export function withPageHead(html: string, head: PageHead, publicUrl?: string): string {
  const title = escapeHtml(head.title);
  const description = escapeHtml(head.description);
  const address = publicUrl ? escapeHtml(`${publicUrl.replace(/\/$/, "")}${head.path}`) : undefined;
  const tags = [
    `<meta name="description" content="${description}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Parallels" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta name="twitter:card" content="summary" />`,
    ...(address
      ? [`<meta property="og:url" content="${address}" />`, `<link rel="canonical" href="${address}" />`]
      : []),
  ].join("\n    ");
  return html
    .replace(/<meta\s+name="description"[^>]*>/, tags)
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`);
}

/** Where a path's page lives in the build: /works/film is works/film.html, served for /works/film without a redirect. */
export const pageFile = (path: string) => (path === "/" ? "index.html" : `${path.slice(1)}.html`);

/**
 * A page with its path's view already drawn (`body`, from prerender.tsx) inside the app's root, and
 * the path (under the base) on <html>, where src/head/before-paint.ts compares it with the address.
 * A view drawn with a style attribute stays unrendered: the Content-Security-Policy blocks them in HTML,
 * and hydration would not put them back. No view has one (the timeline's axis is SVG, its geometry in
 * SVG attributes); this keeps a future one from shipping a broken drawing.
 */
export function withPrerendered(html: string, path: string, body: string, base: string): string {
  if (/<[^>]+ style="/.test(body)) return html;
  // Controls wait, disabled, for the app to take the page over (routes.tsx turns them on); links work throughout.
  const waiting = body.replaceAll(
    /<(input|select|button|textarea)\b([^>]*)>/g,
    (tag: string, name: string, rest: string) =>
      / disabled=/.test(rest) ? tag : `<${name} disabled="" data-wait=""${rest}>`,
  );
  // "*": 404.html, drawn once for every path the app does not know (src/head/before-paint.ts).
  const fullPath = path === "*" ? path : path === "/" ? base : `${base.replace(/\/$/, "")}${path}`;
  return (
    html
      // data-content-note: drawn with the content note above the view (content-note-panel.tsx marks it), which a reader who has hidden it does not see.
      .replace(
        "<html ",
        `<html data-prerendered="${escapeHtml(fullPath)}" ${body.includes("data-content-note") ? 'data-content-note="" ' : ""}`,
      )
      // The page paints from its HTML: the stylesheet and the head script come first, the app's code after them.
      .replace('<script type="module"', '<script type="module" fetchpriority="low"')
      .replace('<div id="root"></div>', `<div id="root"><div id="prerendered">${waiting}</div></div>`)
      .replace(
        /<noscript>.*?<\/noscript>/s,
        "<noscript>Without JavaScript, this page shows as it first opens: its filters, menus and the settings a link carries need JavaScript.</noscript>",
      )
  );
}
