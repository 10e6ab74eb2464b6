import { hangulRuns } from "../lib/hangul-runs.ts";

/** Text from the data, with every run of Hangul marked lang="ko" for screen readers and fonts. */
export function MixedText({ text }: { text: string }) {
  return (
    <>
      {hangulRuns(text).map((run, i) =>
        run.hangul ? (
          <span key={i} lang="ko">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
