import type { FactValue as Value } from "../data/schema/fact.ts";
import { formatQuantity } from "../lib/format-quantity.ts";
import { formatPartialDate } from "../lib/partial-date.ts";
import { PersonName } from "./person-name.tsx";
import { MixedText } from "./mixed-text.tsx";

/** Writes out what a fact says, whatever its shape; Korean and Japanese text carries its language. */
export function FactValue({ value }: { value: Value }) {
  switch (value.type) {
    case "text":
      return value.lang && value.lang !== "en" ? (
        <span lang={value.lang}>{value.text}</span>
      ) : (
        <MixedText text={value.text} />
      );
    case "date":
      return <time dateTime={value.date}>{formatPartialDate(value.date)}</time>;
    case "date-range":
      return (
        <span>
          <time dateTime={value.from}>{formatPartialDate(value.from)}</time> to{" "}
          <time dateTime={value.to}>{formatPartialDate(value.to)}</time>
        </span>
      );
    case "quantity":
      return <span>{formatQuantity(value)}</span>;
    case "people":
      return (
        <span>
          {value.people.map((id, i) => (
            <span key={id}>
              {i > 0 ? (i === value.people.length - 1 ? " and " : ", ") : null}
              <PersonName id={id} />
            </span>
          ))}
        </span>
      );
    case "names":
      return (
        <span>
          {value.names.map((name, i) => (
            <span key={`${name.romanized ?? ""}${name.hangul ?? ""}`}>
              {i > 0 ? ", " : null}
              {name.romanized}
              {name.romanized && name.hangul ? " " : null}
              {name.hangul ? <span lang="ko">{name.romanized ? `(${name.hangul})` : name.hangul}</span> : null}
            </span>
          ))}
        </span>
      );
  }
}
