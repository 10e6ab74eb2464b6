import { render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { lazyWithPreload } from "./lazy-with-preload.ts";

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
