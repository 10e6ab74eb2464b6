import { useSuspenseQuery } from "@tanstack/react-query";
import { leadingValue } from "../data/claim-parts.ts";
import { dataFileQuery } from "../data/queries.ts";
import { useNameStyle } from "../url-state/use-name-style.ts";

/** A person's name as the `names` parameter asks: romanised as credited, Hangul, or both. */
export function PersonName({ id }: { id: string }) {
  const { data } = useSuspenseQuery(dataFileQuery("people"));
  const style = useNameStyle();
  const person = data.people.find((p) => p.id === id);
  if (!person) return <span>{id}</span>;
  const romanized = leadingValue(person.name);
  const hangul = person.hangul ? leadingValue(person.hangul) : undefined;
  if (!hangul || style === "romanized") return <span>{romanized}</span>;
  if (style === "hangul")
    return (
      <span lang="ko" title={romanized}>
        {hangul}
      </span>
    );
  return (
    <span>
      {romanized} (<span lang="ko">{hangul}</span>)
    </span>
  );
}
