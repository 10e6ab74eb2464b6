import { useSuspenseQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { dataFileQuery } from "../../data/queries.ts";
import { TOPICS } from "../../data/schema/headings.ts";
import type { Work } from "../../data/schema/works-file.ts";
import { nearestMatches } from "../../lib/nearest-matches.ts";
import { ConfidenceLegend } from "../../ui/confidence-legend.tsx";
import { FactList } from "../../ui/fact-list.tsx";
import { NotFoundMessage } from "../../ui/not-found-message.tsx";
import { useHashTarget } from "../../ui/use-hash-target.ts";
import { IgnoredParamsNote } from "../../url-state/ignored-params-note.tsx";
import { useViewSearch } from "../../url-state/use-view-search.ts";
import { pageTitle } from "../../url-state/routes.ts";
import { AwardsTable } from "./awards-table.tsx";
import { CastTable } from "./cast-table.tsx";
import { ContentNotes } from "./content-notes.tsx";
import { StructureTable } from "./structure-table.tsx";
import { TOPIC_HEADINGS } from "./topic-headings.ts";
import { TextClaim } from "../../ui/text-claim.tsx";

export default function WorkView() {
  const { workId = "" } = useParams();
  const { data } = useSuspenseQuery(dataFileQuery("works"));
  const { ignored } = useViewSearch("work");
  const work = data.works.find((w) => w.id === workId);
  useHashTarget(work !== undefined);
  if (!work) {
    const near = nearestMatches(workId, data.works, (w) => w.id);
    return (
      <NotFoundMessage
        what="work with the id"
        asked={workId}
        suggestions={(near.length ? near : data.works).map((w) => ({
          to: { route: "work", params: { workId: w.id } },
          label: `${w.title} (${w.medium})`,
        }))}
      />
    );
  }
  const base = work.basedOn ? data.works.find((w) => w.id === work.basedOn) : undefined;
  return (
    <article aria-labelledby="work-title">
      <title>{pageTitle("work", `${work.title} (${work.medium})`)}</title>
      <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase">{work.medium}</p>
      <h1 id="work-title" className="text-3xl font-bold sm:text-4xl">
        {work.title}
      </h1>
      <div id="summary" data-timing="summary" className="mt-2 max-w-3xl text-lg">
        <TextClaim claim={work.summary} />
      </div>
      <IgnoredParamsNote ignored={ignored} />
      <ContentNotes notes={work.contentNotes ?? []} />
      <ConfidenceLegend />
      <nav aria-label="On this page" className="text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a href="#structure">Structure</a>
          </li>
          <li>
            <a href="#cast">Characters</a>
          </li>
          {topicsOf(work).map((topic) => (
            <li key={topic}>
              <a href={`#topic-${topic}`}>{TOPIC_HEADINGS[topic]}</a>
            </li>
          ))}
          <li>
            <a href="#awards">Awards and honours</a>
          </li>
        </ul>
      </nav>

      <StructureTable work={work} base={base} />

      <CastTable work={work} />

      {topicsOf(work).map((topic) => (
        <section key={topic} aria-labelledby={`topic-${topic}`} className="mt-8">
          <h2 id={`topic-${topic}`} className="text-2xl font-semibold">
            {TOPIC_HEADINGS[topic]}
          </h2>
          <FactList facts={work.facts.filter((f) => f.topic === topic)} />
        </section>
      ))}

      <AwardsTable work={work} />
    </article>
  );
}

function topicsOf(work: Work) {
  return TOPICS.filter((topic) => work.facts.some((f) => f.topic === topic));
}
