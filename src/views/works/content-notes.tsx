import type { ContentNote } from "../../data/schema/works-file.ts";
import { TextClaim } from "../../ui/text-claim.tsx";

/** What the work deals with that a reader or a class may want to know first. */
export function ContentNotes({ notes }: { notes: ContentNote[] }) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="content-notes" className="mt-6 rounded-md border border-slate-400 bg-slate-50 p-3">
      <h2 id="content-notes" className="text-lg font-semibold">
        <span aria-hidden="true">⚑ </span>Content notes
      </h2>
      <ul className="mt-1 flex flex-col gap-2">
        {/* Two notes can share their topics (the film has two on violence and homophobia): the place keys them. */}
        {notes.map((note, i) => (
          <li key={i}>
            <TextClaim claim={note} />
          </li>
        ))}
      </ul>
    </section>
  );
}
