import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { dataFileQuery } from "../data/queries.ts";
import { contentNoteTopics } from "../data/content-note-topics.ts";
import { capitalize } from "../lib/capitalize.ts";
import { LoadingMessage } from "../ui/loading-message.tsx";
import { KeptLink } from "../url-state/kept-link.tsx";

/**
 * The content note: a notice above a view that tells the stories, with the topics of each work it
 * shows (only its own on a work's page), a link to each work's notes with their sources, and "Hide".
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
      className="mb-4 flex flex-col gap-2 rounded-md border border-slate-500 bg-slate-50 px-3 py-2 text-sm sm:flex-row sm:items-start sm:justify-between sm:gap-4"
    >
      <div>
        <p>
          <strong id="content-note-title">
            <span aria-hidden="true">⚑ </span>Content note
          </strong>{" "}
          This view tells what happens in the {shown.length === 1 ? "story" : "stories"}, which deal with, among other
          things:
        </p>
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
                <KeptLink to={`/works/${work.id}#content-notes`}>the {work.medium}'s notes and sources</KeptLink>)
              </li>
            ))}
          </ul>
        )}
      </div>
      <button
        type="button"
        onClick={onHide}
        aria-label="Hide the content note"
        className="shrink-0 self-start rounded border border-slate-500 px-2 py-1 font-semibold"
      >
        Hide
      </button>
    </div>
  );
}
