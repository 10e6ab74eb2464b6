import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, assert, describe, expect, it, vi } from "vitest";
import { realData, renderRoute } from "./render-route.test-helper.tsx";
import { DATA_FILE_NAMES } from "../data/data-files.ts";
import { isOneOf } from "../url-state/fields.ts";

afterEach(() => vi.restoreAllMocks());

describe("/ (overview)", () => {
  it("shows the three works and which novel parts each adaptation tells", async () => {
    renderRoute("/");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Love in the Big City, told three ways" }),
    ).toBeInTheDocument();
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(4);
    const film = rows.map((row) => within(row).getAllByRole("cell")[1]?.textContent);
    expect(film[0]).toMatch(/Adapted: the film/);
    expect(film.slice(1).every((text) => /Not adapted/.test(text ?? ""))).toBe(true);
    expect(within(rows[2]!).getAllByRole("cell")[2]?.textContent).toMatch(/episodes 5–6.*Hong Ji-young/);
  });
});

describe("/works/:workId", () => {
  it("gives the film's director, box office and awards, with sources", async () => {
    renderRoute("/works/film");
    expect(await screen.findByRole("heading", { level: 1, name: "Love in the Big City" })).toBeInTheDocument();
    const director = screen.getByText("Director").closest("div")!;
    expect(director).toHaveTextContent("E.oni");
    expect(within(director).getAllByRole("link", { name: /source/ }).length).toBeGreaterThanOrEqual(2);
    const admissions = screen.getByText("Total admissions").closest("div")!;
    expect(admissions).toHaveTextContent("879,109 admissions");
    expect(admissions).toHaveTextContent("single source");
    const awards = screen.getByRole("table", { name: /Awards, nominations and lists/ });
    const blueDragon = within(awards)
      .getAllByRole("row")
      .find((r) => /Blue Dragon/.test(r.textContent ?? "") && /Best New Actor/.test(r.textContent ?? ""));
    expect(blueDragon).toHaveTextContent("Won");
    const baeksangFilm = within(awards)
      .getAllByRole("row")
      .find((r) => /Baeksang/.test(r.textContent ?? "") && /Best Film/.test(r.textContent ?? ""));
    expect(baeksangFilm).toHaveTextContent(/Nominated.*Went to Harbin/);
  });

  it("gives each series segment its director and the novel part it adapts", async () => {
    renderRoute("/works/series");
    const structure = await screen.findByRole("table", { name: "The sections of the series" });
    const rows = within(structure).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual([
      "Episodes 1–2",
      "Episodes 3–4",
      "Episodes 5–6",
      "Episodes 7–8",
    ]);
    expect(rows[1]).toHaveTextContent(/Part 2/);
    expect(rows[1]).toHaveTextContent(/Hur Jin-ho/);
  });

  it("shows a disputed date with every version and its sources", async () => {
    renderRoute("/works/novel");
    const row = (await screen.findByText("Korean publication")).closest("div")!;
    expect(row).toHaveTextContent("disputed");
    expect(row).toHaveTextContent("28 June 2019");
    expect(row).toHaveTextContent("1 July 2019");
    expect(row).toHaveTextContent("all agree on 2019");
  });

  it("writes names in Hangul when the URL asks", async () => {
    renderRoute("/works/film?names=both");
    const director = (await screen.findByText("Director")).closest("div")!;
    expect(within(director).getByText("이언희")).toHaveAttribute("lang", "ko");
  });

  it("shows who plays whom in the series, and who is not in the film's story at all", async () => {
    renderRoute("/works/series");
    const cast = await screen.findByRole("table", { name: /Characters in the series/ });
    const miae = within(cast).getByRole("row", { name: /Choi Mi-ae/ });
    expect(miae).toHaveTextContent("Lee Soo-kyung");
    expect(miae).toHaveTextContent("Main");
    cleanup();
    renderRoute("/works/film");
    const notTold = (await screen.findByText(/because it does not tell their part of the story/)).closest("p")!;
    expect(within(notTold).getByRole("link", { name: "Gyu-ho" })).toHaveAttribute("href", "/characters/gyu-ho");
  });

  it("shows the series' content notes, with their sources", async () => {
    renderRoute("/works/series");
    const notes = await screen.findByRole("region", { name: "Content notes" });
    expect(notes).toHaveTextContent(/age/i);
    expect(within(notes).getAllByRole("link", { name: /source/ }).length).toBeGreaterThan(0);
  });

  it("lists every content note, even two on the same topics, each with its own key", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    renderRoute("/works/film");
    const notes = await screen.findByRole("region", { name: "Content notes" });
    const film = realData().works.works.find((w) => w.id === "film");
    expect(within(notes).getAllByRole("listitem")).toHaveLength(film?.contentNotes?.length ?? -1);
    expect(errors.mock.calls.flat().join(" ")).not.toMatch(/same key/);
    errors.mockRestore();
  });

  it("says an unknown work is not found and offers the nearest", async () => {
    renderRoute("/works/flim");
    expect(await screen.findByRole("heading", { level: 1, name: "Not found" })).toBeInTheDocument();
    expect(screen.getByText("flim")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Love in the Big City (film)" })).toHaveAttribute("href", "/works/film");
  });
});

const contentNote = () => screen.queryByRole("note", { name: "Content note" });

describe("the content note", () => {
  it("is a notice above a view that tells the stories, which shows at once; Hide is remembered", async () => {
    renderRoute("/works/film", { noteRead: false });
    expect(await screen.findByText("Director")).toBeInTheDocument();
    const film = within(screen.getByRole("list", { name: "Topics by work" })).getByRole("listitem");
    expect(film).toHaveTextContent(/Film: suicide, violence, homophobia, sexual violence, family rejection/);
    expect(within(film).getByRole("link", { name: "the film's notes and sources" })).toHaveAttribute(
      "href",
      "/works/film#content-notes",
    );
    // Above the view: the note comes first in the page's order.
    const heading = screen.getByRole("heading", { level: 1, name: "Love in the Big City" });
    expect(contentNote()!.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Hide the content note" }));
    expect(contentNote()).not.toBeInTheDocument();
    expect(screen.getByText("Director")).toBeInTheDocument();
    expect(localStorage.getItem("parallels-content-note")).toBe("read");
  });

  it("lists every work's topics on the matrix, marking a topic no source confirms, with the matrix below", async () => {
    renderRoute("/differences", { noteRead: false });
    expect(await screen.findByRole("grid")).toBeInTheDocument();
    const [novel, , series] = within(screen.getByRole("list", { name: "Topics by work" })).getAllByRole("listitem");
    expect(novel).toHaveTextContent(
      /Novel: HIV, conversion therapy, family rejection, abortion, homophobia, illness, suicide \(not confirmed\)/,
    );
    expect(series).toHaveTextContent(/an age restriction in Korea, sex, drugs, self-harm, HIV/);
    expect(contentNote()).toBeInTheDocument();
  });

  it("is left out by a teacher's link (notes=off) and on views that do not tell the stories", async () => {
    renderRoute("/differences?notes=off", { noteRead: false });
    expect(await screen.findByRole("grid")).toBeInTheDocument();
    expect(contentNote()).not.toBeInTheDocument();
    cleanup();
    renderRoute("/cast", { noteRead: false });
    expect(await screen.findByRole("heading", { level: 1, name: "Cast" })).toBeInTheDocument();
    expect(contentNote()).not.toBeInTheDocument();
  });
});

describe("/sources", () => {
  it("lists every source with the claims that cite it", async () => {
    renderRoute("/sources");
    const total = realData().sources.sources.length;
    await screen.findByRole("heading", { level: 1, name: "Sources" });
    expect(screen.getByRole("status")).toHaveTextContent(`${total} of ${total} sources`);
    const seedFilm = document.getElementById("source-seed-film")!;
    expect(within(seedFilm).getByRole("heading", { level: 3 })).toHaveTextContent(/Cited by \d+ claims/);
    expect(within(seedFilm).getByRole("link", { name: /Runtime/ })).toHaveAttribute("href", "/works/film#fact-runtime");
  });

  it("shows only the single-source claims when asked, and says what it ignored", async () => {
    renderRoute("/sources?confidence=single-source,bogus");
    await screen.findByRole("heading", { level: 1, name: "Sources" });
    expect(screen.getByRole("checkbox", { name: /resting on a single source/ })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: /^confirmed/ })).not.toBeChecked();
    expect(screen.getByLabelText("Parts of the address that were ignored")).toHaveTextContent(/confidence.*bogus/);
    const items = document.querySelectorAll("#main ol > li li");
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toHaveTextContent("single source");
  });

  it("offers to clear filters when nothing matches", async () => {
    renderRoute("/sources?q=zzzz-no-such-thing");
    expect(await screen.findByText("No source matches these filters.")).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole("button", { name: "Clear filters" })[0]!);
    expect(screen.queryByText("No source matches these filters.")).not.toBeInTheDocument();
  });
});

describe("/differences", () => {
  // The whole matrix through jsdom: 7–10 s alone, more on a busy 2-core machine. jsdom's testing library
  // names a grid's cells "cell"; the browser's "gridcell" is checked in e2e/differences.spec.ts.
  it("shows the matrix as a table: elements grouped by category, one column per work", async () => {
    renderRoute("/differences");
    const table = await screen.findByRole("grid", { name: /Adaptation differences/ });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Element", "Novel (baseline)", "Film", "Series"]);
    expect(within(table).getByRole("button", { name: /Characters \(\d+\)/ })).toHaveAttribute("aria-expanded", "true");
    const row = within(table).getByRole("row", { name: /The best friend's name/ });
    const cells = within(row).getAllByRole("cell");
    expect(cells[1]).toHaveTextContent("Kept");
    expect(cells[2]).toHaveTextContent("Changed");
    expect(cells[2]).toHaveTextContent("Mi-ae");
  }, 40_000);

  it("reads every filter from the URL and states it", async () => {
    renderRoute("/differences?works=novel,series&category=characters&status=changed");
    const table = await screen.findByRole("grid", { name: /Adaptation differences/ });
    expect(within(table).getAllByRole("columnheader")).toHaveLength(3);
    expect(
      screen.getByText(
        /Showing the novel and the series, compared with the novel; category: characters; rows where a work is changed\./,
      ),
    ).toBeInTheDocument();
    for (const row of within(table)
      .getAllByRole("row")
      .filter((r) => within(r).queryAllByRole("cell").length > 0))
      expect(row).toHaveTextContent("Changed");
  });

  it("opens the cell the URL names, with the other works beside it", async () => {
    renderRoute("/differences?cell=best-friend-name.series");
    const detail = await screen.findByRole("region", { name: /The best friend's name: series/ });
    expect(detail).toHaveTextContent("Renamed Choi Mi-ae");
    expect(within(detail).getByRole("heading", { name: /In the other works/ })).toBeInTheDocument();
    expect(detail).toHaveTextContent("Kept");
  });

  it("says what it ignored: an unknown work, baseline or cell", async () => {
    renderRoute("/differences?works=novel,play&baseline=opera&cell=nope.film");
    const note = await screen.findByLabelText("Parts of the address that were ignored");
    expect(note).toHaveTextContent(/works.*play/);
    expect(note).toHaveTextContent(/baseline.*opera/);
    expect(note).toHaveTextContent(/cell.*nope\.film/);
  });

  it("offers to clear filters when nothing matches", async () => {
    renderRoute("/differences?q=nothing-like-this");
    expect(await screen.findByText("No element matches these filters.")).toBeInTheDocument();
  });
});

describe("/cast and /characters/:characterId", () => {
  it("finds Jae-hee in the film and Mi-ae in the series by typing jaehee, and links both to one character", async () => {
    renderRoute("/cast?q=jaehee");
    const roles = await screen.findByRole("list", { name: "Roles" });
    const film = within(roles)
      .getAllByRole("listitem")
      .find((li) => /Koo Jae-hee/.test(li.textContent ?? ""))!;
    const series = within(roles)
      .getAllByRole("listitem")
      .find((li) => /Choi Mi-ae/.test(li.textContent ?? ""))!;
    expect(film).toHaveTextContent("Kim Go-eun");
    expect(series).toHaveTextContent("Lee Soo-kyung");
    expect(series).toHaveTextContent("Found by the name Jaehee");
    expect(within(film).getByRole("link", { name: "Jaehee across the works" })).toHaveAttribute(
      "href",
      "/characters/jaehee",
    );
    expect(within(series).getByRole("link", { name: "Jaehee across the works" })).toHaveAttribute(
      "href",
      "/characters/jaehee",
    );
  });

  it("groups by character: who plays them in each work", async () => {
    renderRoute("/cast?group=character");
    const table = await screen.findByRole("table", { name: /Who plays each character/ });
    const young = within(table).getByRole("row", { name: /^Young Young/ });
    expect(young).toHaveTextContent(/Young.*Jang Heung-soo.*Noh Sang-hyun.*Go Young.*Nam Yoon-su/);
  });

  it("follows one character across the works", async () => {
    renderRoute("/characters/jaehee");
    const table = await screen.findByRole("table", { name: /Jaehee: the name, the actor/ });
    expect(within(table).getByRole("row", { name: /^Film/ })).toHaveTextContent(/Koo Jae-hee.*Kim Go-eun/);
    expect(within(table).getByRole("row", { name: /^Series/ })).toHaveTextContent(/Choi Mi-ae.*Lee Soo-kyung/);
    expect(screen.getByRole("link", { name: "The best friend's name" })).toHaveAttribute(
      "href",
      "/differences?cell=best-friend-name.novel",
    );
  });

  it("says an unknown character is not found and offers the nearest", async () => {
    renderRoute("/characters/jaehe");
    expect(await screen.findByRole("heading", { level: 1, name: "Not found" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Jaehee" })).toHaveAttribute("href", "/characters/jaehee");
  });
});

describe("/compare and /timeline", () => {
  it("aligns the series with the novel part by part, each segment with its director", async () => {
    renderRoute("/compare?works=novel,series");
    const part3 = await screen.findByRole("table", { name: /^Part 3: “Love in the Big City”/ });
    expect(
      within(part3)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual([
      "Element",
      expect.stringMatching(/^Novel \(baseline\)Part 3/),
      expect.stringMatching(/^SeriesEpisodes 5–6.*Hong Ji-young/),
    ]);
    expect(within(part3).getByRole("row", { name: /Kylie|HIV/i })).toBeInTheDocument();
  });

  it("draws the events and lists them, filtered by work", async () => {
    renderRoute("/timeline?works=film");
    expect(await screen.findByRole("heading", { level: 1, name: "Timeline" })).toBeInTheDocument();
    const list = screen.getByRole("region", { name: "Every event, in order" });
    expect(list).toHaveTextContent("Korean cinema release");
    expect(list).not.toHaveTextContent("Korean publication");
  });
});

describe("unknown paths", () => {
  it("says what was asked for on an unknown path", async () => {
    renderRoute("/sourcez");
    expect(await screen.findByRole("heading", { level: 1, name: "Not found" })).toBeInTheDocument();
    expect(screen.getByText("/sourcez")).toBeInTheDocument();
    const suggestions = screen.getByRole("heading", { name: "Did you mean" }).nextElementSibling;
    assert(suggestions instanceof HTMLElement);
    expect(within(suggestions).getByRole("link", { name: "Sources" })).toHaveAttribute("href", "/sources");
  });
});

describe("a data file that fails", () => {
  it("names the file, and its retry loads it again", async () => {
    const good = realData();
    let fail = true;
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
      const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
      const name = /data\/(\w+)\.json/.exec(url)?.[1] ?? "";
      if (name === "works" && fail) return new Response("nope", { status: 500 });
      return new Response(JSON.stringify(isOneOf(DATA_FILE_NAMES, name) ? good[name] : undefined), { status: 200 });
    });
    renderRoute("/works/film", { seed: false });
    expect(await screen.findByRole("heading", { level: 1, name: "This page could not be shown" })).toBeInTheDocument();
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("The data file data/works.json could not be used");
    expect(within(alert).getByRole("listitem")).toHaveTextContent("could not be loaded (500)");
    fail = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Love in the Big City" })).toBeInTheDocument();
  });
});
