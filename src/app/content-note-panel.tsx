import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { dataFileQuery } from "../data/queries.ts";
import { contentNoteTopics } from "../data/content-note-topics.ts";
import { capitalize } from "../lib/capitalize.ts";
import { LoadingMessage } from "../ui/loading-message.tsx";
import { KeptLink } from "../url-state/kept-link.tsx";

/**
 * The content note: a one-line notice above a view that tells the stories, naming the topics of the works it
 * shows (only its own on a work's page), which opens on each work's topics and a link to its notes with their sources; and "Hide".
 */
export default function ContentNotePanel({ onHide }: { onHide: () => void }) {
  const { workId } = useParams();
  const works = useQuery(dataFileQuery("works"));
  const all = works.data?.works ?? [];
  const shown = all.some((work) => work.id === workId) ? all.filter((work) => work.id === workId) : all;
  return (
    <div
      role="note"
      data-content-note
      aria-labelledby="content-note-title"
      className="mb-3 flex items-start justify-between gap-4 rounded-md border border-slate-500 bg-slate-50 px-3 py-1 text-sm"
    >
      {/* One line, so the view starts on the first screen: every topic is named in it (cut short on a narrow screen), and each work's, with its notes, open below. */}
      <details className="min-w-0 py-0.5">
        <summary className="cursor-pointer truncate">
          <strong id="content-note-title">
            <span aria-hidden="true">⚑ </span>Content note
          </strong>{" "}
          This view tells what happens in the {shown.length === 1 ? "story" : "stories"}, which deal with, among other
          things: {/* A search draws from its own index before works.json is in: the topics follow it. */}
          {works.data
            ? [...new Set(shown.flatMap(contentNoteTopics))].join(", ")
            : works.isError
              ? "each work's page names them"
              : "…"}
        </summary>
        {works.isError ? (
          <p>The list of topics could not be loaded. Each work's page gives them, when it loads.</p>
        ) : works.isPending ? (
          <LoadingMessage />
        ) : (
          <ul aria-label="Topics by work" className="mt-1 list-disc pl-5">
            {shown.map((work) => (
              <li key={work.id}>
                <span className="font-semibold">{capitalize(work.medium)}:</span>{" "}
                {contentNoteTopics(work).join(", ") || "no topics noted"} (
                <KeptLink to={{ route: "work", params: { workId: work.id }, hash: "content-notes" }}>
                  the {work.medium}'s notes and sources
                </KeptLink>
                )
              </li>
            ))}
          </ul>
        )}
      </details>
      <button
        type="button"
        onClick={onHide}
        aria-label="Hide the content note"
        className="shrink-0 rounded border border-slate-500 px-2 font-semibold"
      >
        Hide
      </button>
    </div>
  );
}
