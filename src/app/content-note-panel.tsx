import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { dataFileQuery } from "../data/queries.ts";
import type { Work } from "../data/schema/works-file.ts";
import { capitalize } from "../lib/capitalize.ts";
import { LoadingMessage } from "../ui/loading-message.tsx";
import { KeptLink } from "../url-state/kept-link.tsx";

const TOPIC_WORDS: Record<string, string> = {
  hiv: "HIV",
  "self-harm": "self-harm",
  "age-restriction": "an age restriction in Korea",
};
const topicWords = (topic: string) => TOPIC_WORDS[topic] ?? topic.replaceAll("-", " ");

/** A work's topics, in the data's order, each marked where every note on it is itself in doubt. */
function topicsOf(work: Work): string[] {
  const doubtful = new Map<string, boolean>();
  for (const note of work.contentNotes ?? [])
    for (const topic of note.topics)
      doubtful.set(
        topic,
        (doubtful.get(topic) ?? true) && (note.confidence === "uncertain" || note.confidence === "disputed"),
      );
  return [...doubtful].map(([topic, doubt]) => `${topicWords(topic)}${doubt ? " (not confirmed)" : ""}`);
}

/** The content note itself: what the works deal with, before a view tells it. */
export default function ContentNotePanel({ onContinue }: { onContinue: () => void }) {
  const { workId } = useParams();
  const works = useQuery(dataFileQuery("works"));
  const all = works.data?.works ?? [];
  const shown = all.some((work) => work.id === workId) ? all.filter((work) => work.id === workId) : all;
  return (
    <section
      data-content-note
      aria-labelledby="content-note-title"
      className="mx-auto mt-6 max-w-prose rounded-md border border-slate-500 bg-slate-50 p-4"
    >
      <title>Content note · Parallels</title>
      <h1 id="content-note-title" className="text-2xl font-semibold">
        <span aria-hidden="true">⚑ </span>Content note
      </h1>
      <p className="mt-2">
        This view tells what happens in the {shown.length === 1 ? "story" : "stories"}. Among other things, they deal
        with:
      </p>
      {works.isError ? (
        <p className="mt-2">The list of topics could not be loaded. Each work's page gives them, when it loads.</p>
      ) : works.isPending ? (
        <LoadingMessage />
      ) : (
        <ul aria-label="Topics by work" className="mt-2 list-disc pl-6">
          {shown.map((work) => (
            <li key={work.id}>
              <span className="font-semibold">{capitalize(work.medium)}:</span>{" "}
              {topicsOf(work).join(", ") || "no topics noted"}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-sm">
        Each work's page lists these notes with their sources. This device remembers that you have read this.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="button" onClick={onContinue} className="rounded bg-slate-900 px-3 py-2 font-semibold text-white">
          Continue to the view
        </button>
        <KeptLink to="/">Back to the overview</KeptLink>
      </div>
    </section>
  );
}
