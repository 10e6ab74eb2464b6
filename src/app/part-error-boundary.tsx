import { Component, Suspense, type ReactNode } from "react";

type Props = { children: ReactNode; fallback: ReactNode; loading?: ReactNode };

/**
 * Keeps a failure inside a part of the shell that loads on demand (a header menu's panel, the print
 * frame). Its code can fail to arrive (offline, or a new deploy has replaced the file): above the
 * views' own boundary, React would otherwise take the whole app off the page. `loading` shows while
 * the code is on its way (nothing, unless given).
 */
export class PartErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? (
      this.props.fallback
    ) : (
      <Suspense fallback={this.props.loading}>{this.props.children}</Suspense>
    );
  }
}
