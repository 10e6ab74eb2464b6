import { useGlobalParam } from "../url-state/use-global-param.ts";

/** A name written as the `names` parameter asks: romanised, Hangul (marked lang=ko), or both. */
export function StyledName({ romanized, hangul }: { romanized: string; hangul?: string | undefined }) {
  const [style] = useGlobalParam("names");
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
