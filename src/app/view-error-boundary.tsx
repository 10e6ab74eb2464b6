import { QueryClientContext } from "@tanstack/react-query";
import { Component, type ContextType, type ReactNode } from "react";
import { DataFileError } from "../data/data-file-error.ts";
import { KeptLink } from "../url-state/kept-link.tsx";
import { CodeLoadError, retryFailedLoads } from "./lazy-with-preload.ts";

type Props = { children: ReactNode };
type State = { error: Error | null };

/**
 * Catches a view's failure (a data file, or its code) and offers a retry that really loads it again.
 * A failed file goes back to never asked for: that drops any request for it still on its way (the
 * header's, say, which asks again when it mounts), which the view would otherwise wait on, and fail
 * with, however the file is now; the view then asks afresh as it draws.
 */
export class ViewErrorBoundary extends Component<Props, State> {
  static override contextType = QueryClientContext;
  declare context: ContextType<typeof QueryClientContext>;
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  retry = () => {
    retryFailedLoads();
    // Failed and never arrived: one asked for again since it failed is "pending", not "error", while that request is out.
    void this.context?.resetQueries({
      predicate: ({ state }) => state.data === undefined && state.errorUpdateCount > 0,
    });
    this.setState({ error: null });
    // The button goes with the message: focus moves on to the view, where reading starts again.
    document.getElementById("main")?.focus({ preventScroll: true });
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section aria-labelledby="error-title" className="py-8">
        <title>Could not show this page · Parallels</title>
        <h1 id="error-title" className="text-2xl font-bold">
          This page could not be shown
        </h1>
        <div role="alert" className="mt-4 rounded-md border-2 border-red-800 bg-red-50 p-4 text-red-950">
          <p>
            <span aria-hidden="true">⚠ </span>
            {error instanceof DataFileError ? (
              <>
                The data file <code className="font-mono font-semibold">{error.file}</code> could not be used:
              </>
            ) : error instanceof CodeLoadError ? (
              `${error.message} Nothing you chose is lost: it is all in the address.`
            ) : (
              `Something went wrong while showing this page: ${error.message}`
            )}
          </p>
          {error instanceof DataFileError ? (
            <ul className="mt-2 list-disc pl-6">
              {error.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <p className="mt-4 flex flex-wrap items-center gap-4">
          <button
            type="button"
            onClick={this.retry}
            className="rounded-md bg-slate-900 px-4 py-2 font-semibold text-white hover:bg-slate-700"
          >
            Try again
          </button>
          <KeptLink to={{ route: "overview" }}>Go to the overview</KeptLink>
        </p>
      </section>
    );
  }
}
