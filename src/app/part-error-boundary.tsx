import { Component, type ReactNode } from "react";

type Props = { children: ReactNode; fallback: ReactNode };

/**
 * Keeps a failure inside a part of the shell that loads on demand (a header menu's panel, the print
 * frame). Its code can fail to arrive (offline, or a new deploy has replaced the file): above the
 * views' own boundary, React would otherwise take the whole app off the page.
 */
export class PartErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
