import { lazy, Suspense } from "react";
import { ChangeLegend } from "./change-badge.tsx";
import type { LessonDeckProps } from "./lesson-deck.tsx";

// Only projector mode needs it: loaded then, not with the matrix or the comparison.
const LessonDeck = lazy(() => import("./lesson-deck.tsx"));

type Props = Omit<LessonDeckProps, "onStep" | "onQuiz"> & {
  /** The view's URL update (useViewSearch): steps make one history entry per run, the quiz switch one each. */
  update: (patch: { step?: number; quiz?: boolean }, options?: { typing?: boolean }) => void;
};

/** Projector mode's lesson on /differences and /compare, with the change legend under it. */
export function Lesson({ update, ...deck }: Props) {
  return (
    <>
      <Suspense fallback={<p>Preparing the lesson…</p>}>
        <LessonDeck
          {...deck}
          onStep={(step) => update({ step }, { typing: true })}
          onQuiz={(quiz) => update({ quiz })}
        />
      </Suspense>
      <ChangeLegend baselineName={deck.baseline.medium} />
    </>
  );
}
