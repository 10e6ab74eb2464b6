import type { Work } from "./schema/works-file.ts";

const TOPIC_WORDS: Record<string, string> = {
  hiv: "HIV",
  "self-harm": "self-harm",
  "age-restriction": "an age restriction in Korea",
};
const topicWords = (topic: string) => TOPIC_WORDS[topic] ?? topic.replaceAll("-", " ");

/** A work's content-note topics in words, in the data's order, each marked where every note on it is itself in doubt. */
export function contentNoteTopics(work: Work): string[] {
  const doubtful = new Map<string, boolean>();
  for (const note of work.contentNotes ?? [])
    for (const topic of note.topics)
      doubtful.set(
        topic,
        (doubtful.get(topic) ?? true) && (note.confidence === "uncertain" || note.confidence === "disputed"),
      );
  return [...doubtful].map(([topic, doubt]) => `${topicWords(topic)}${doubt ? " (not confirmed)" : ""}`);
}
