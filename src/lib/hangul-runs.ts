const HANGUL_RUN = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+(?:[\s,·]+[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+)*/g;

/** Splits text into runs of Hangul and the rest, so each Hangul run can carry lang="ko". */
export function hangulRuns(text: string): { text: string; hangul: boolean }[] {
  const runs: { text: string; hangul: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(HANGUL_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), hangul: false });
    runs.push({ text: match[0], hangul: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), hangul: false });
  return runs;
}
