import { render, screen } from "@testing-library/react";
import { Component, Suspense, type ReactNode } from "react";
import userEvent from "@testing-library/user-event";
import { lazyWithPreload, retryFailedLoads } from "./lazy-with-preload.ts";

const drawn = (View: React.ComponentType) =>
  render(
    <Suspense fallback={<p>Loading…</p>}>
      <View />
    </Suspense>,
  );

test("once its code is preloaded, the component draws in the first render: no 'Loading…' at all", async () => {
  const View = lazyWithPreload(async () => ({ default: () => <p>The view</p> }));
  await View.preload();
  drawn(View);
  expect(screen.getByText("The view")).toBeInTheDocument();
  expect(screen.queryByText("Loading…")).toBeNull();
});

test("not preloaded, it loads when drawn, like React's lazy", async () => {
  let loads = 0;
  const View = lazyWithPreload(async () => {
    loads += 1;
    return { default: () => <p>The view</p> };
  });
  drawn(View);
  expect(screen.getByText("Loading…")).toBeInTheDocument();
  expect(await screen.findByText("The view")).toBeInTheDocument();
  expect(loads).toBe(1);
});

/** The least a boundary does for a failed load: say so, and on "Try again" ask for the code again. */
class Retry extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    const again = () => {
      retryFailedLoads();
      this.setState({ failed: false });
    };
    return (
      <button type="button" onClick={again}>
        Try again
      </button>
    );
  }
}

test("a component whose code failed to load loads it again after retryFailedLoads, as plain lazy never does", async () => {
  let loads = 0;
  const View = lazyWithPreload(async () => {
    loads += 1;
    if (loads === 1) throw new TypeError("Failed to fetch dynamically imported module");
    return { default: () => <p>The view</p> };
  });
  // React reports the caught error on the console; the boundary is what this test reads.
  const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
  render(
    <Retry>
      <Suspense fallback={<p>Loading…</p>}>
        <View />
      </Suspense>
    </Retry>,
  );
  await userEvent.click(await screen.findByRole("button", { name: "Try again" }));
  expect(await screen.findByText("The view")).toBeInTheDocument();
  expect(loads).toBe(2);
  quiet.mockRestore();
});
