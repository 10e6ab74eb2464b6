import { useSuspenseQuery } from "@tanstack/react-query";
import { leadingValue } from "../data/claim-parts.ts";
import { dataFileQuery } from "../data/queries.ts";
import { StyledName } from "./styled-name.tsx";

/** A person's name, looked up by id, as credited and in Hangul where a source gives it. */
export function PersonName({ id }: { id: string }) {
  const { data } = useSuspenseQuery(dataFileQuery("people"));
  const person = data.people.find((p) => p.id === id);
  if (!person) return <span>{id}</span>;
  return (
    <StyledName
      romanized={leadingValue(person.name)}
      hangul={person.hangul ? leadingValue(person.hangul) : undefined}
    />
  );
}
