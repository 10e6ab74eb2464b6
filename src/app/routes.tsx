import { lazy, Suspense, useEffect } from "react";
import { Route, Routes, useLocation } from "react-router";
import { LoadingMessage } from "../ui/loading-message.tsx";
import { ContentNoteGate } from "./content-note-gate.tsx";
import { ViewErrorBoundary } from "./view-error-boundary.tsx";

const OverviewView = lazy(() => import("../views/overview/overview-view.tsx"));
const WorkView = lazy(() => import("../views/works/work-view.tsx"));
const SourcesView = lazy(() => import("../views/sources/sources-view.tsx"));
const DifferencesView = lazy(() => import("../views/differences/differences-view.tsx"));
const CastView = lazy(() => import("../views/cast/cast-view.tsx"));
const CharacterView = lazy(() => import("../views/characters/character-view.tsx"));
const SearchView = lazy(() => import("../views/search/search-view.tsx"));
const CompareView = lazy(() => import("../views/compare/compare-view.tsx"));
const TimelineView = lazy(() => import("../views/timeline/timeline-view.tsx"));
const NotFoundView = lazy(() => import("../views/not-found/not-found-view.tsx"));

/**
 * Once the view has hydrated, turns on the controls the build drew disabled (page-heads.ts): before
 * then, React would drop a click or a keystroke on them. Nothing lazy inside a view may have a Suspense
 * boundary of its own, or its controls would be turned on before it is taken over.
 */
function Live() {
  // The mark stays: React disables none of these controls itself, so running again after a move is harmless.
  useEffect(() => document.querySelectorAll("[data-wait]").forEach((control) => control.removeAttribute("disabled")), []);
  return null;
}

/** The routes table: the only place that knows every view, and which of them tell the stories (behind the content note). */
export function AppRoutes() {
  const { pathname } = useLocation();
  return (
    <ViewErrorBoundary key={pathname}>
      <Suspense fallback={<LoadingMessage />}>
        <Live />
        <Routes>
          <Route index element={<OverviewView />} />
          <Route path="works/:workId" element={<ContentNoteGate><WorkView /></ContentNoteGate>} />
          <Route path="sources" element={<SourcesView />} />
          <Route path="search" element={<ContentNoteGate><SearchView /></ContentNoteGate>} />
          <Route path="compare" element={<ContentNoteGate><CompareView /></ContentNoteGate>} />
          <Route path="differences" element={<ContentNoteGate><DifferencesView /></ContentNoteGate>} />
          <Route path="cast" element={<CastView />} />
          <Route path="timeline" element={<TimelineView />} />
          <Route path="characters/:characterId" element={<ContentNoteGate><CharacterView /></ContentNoteGate>} />
          <Route path="*" element={<NotFoundView />} />
        </Routes>
      </Suspense>
    </ViewErrorBoundary>
  );
}
