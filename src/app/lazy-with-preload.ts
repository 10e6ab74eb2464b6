import { lazy, type ComponentType } from "react";

/**
 * React's `lazy`, plus `preload()`, which loads the code before the first render. Once the code is
 * in, the component renders at once: plain `lazy` suspends for one tick even then, and its Suspense
 * boundary shows "Loading…" for at least 300 ms (React holds a fallback that long to avoid a flash).
 */
export function lazyWithPreload<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  type Module = { default: ComponentType<P> };
  let loaded: Module | undefined;
  const preload = () => load().then((module) => (loaded = module));
  // A thenable that calls back at once: `lazy` sees the module before it would suspend. Only `lazy` ever sees it.
  const Component = lazy(
    () =>
      (loaded
        ? // oxlint-disable-next-line unicorn/no-thenable
          { then: (resolve: (module: Module) => void) => resolve(loaded as Module) }
        : preload()) as Promise<Module>,
  );
  return Object.assign(Component, { preload });
}
