import { useNameStyle } from "../url-state/use-name-style.ts";

/** A character's name in one work, written as the `names` parameter asks. */
export function CharacterName({ name }: { name: { romanized: string; hangul?: string | undefined } }) {
  const style = useNameStyle();
  const { romanized, hangul } = name;
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
