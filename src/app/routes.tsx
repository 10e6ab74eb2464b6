import { lazy, Suspense } from "react";
import { Route, Routes, useLocation } from "react-router";
import { LoadingMessage } from "../ui/loading-message.tsx";
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

/** The routes table: the only place that knows every view. */
export function AppRoutes() {
  const { pathname } = useLocation();
  return (
    <ViewErrorBoundary key={pathname}>
      <Suspense fallback={<LoadingMessage />}>
        <Routes>
          <Route index element={<OverviewView />} />
          <Route path="works/:workId" element={<WorkView />} />
          <Route path="sources" element={<SourcesView />} />
          <Route path="search" element={<SearchView />} />
          <Route path="compare" element={<CompareView />} />
          <Route path="differences" element={<DifferencesView />} />
          <Route path="cast" element={<CastView />} />
          <Route path="timeline" element={<TimelineView />} />
          <Route path="characters/:characterId" element={<CharacterView />} />
          <Route path="*" element={<NotFoundView />} />
        </Routes>
      </Suspense>
    </ViewErrorBoundary>
  );
}
