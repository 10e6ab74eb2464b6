import { createElement, lazy, type ComponentType } from "react";

/** A view's code that did not arrive: offline, a server error, or a file a new deploy has replaced. */
export class CodeLoadError extends Error {
  constructor(cause: unknown) {
    super("This page's code could not be loaded: the connection may be down, or the site has just been updated.", {
      cause,
    });
    this.name = "CodeLoadError";
  }
}

/** Set while a reload after a failed load is under way, so that a load that fails again does not loop. */
const RELOADED_KEY = "parallels-reloaded-after-failed-load";
/** The resets of the components whose code failed to load: each asks for it again on its next render. */
const failed = new Set<() => void>();

/** Lets every component whose code failed to load ask for it again, as "Try again" does. */
export function retryFailedLoads() {
  for (const reset of failed) reset();
  failed.clear();
}

/**
 * After a deploy, an open tab asks for chunk files the new build no longer has. The page then reloads
 * once, onto the new build, at the same address; if the code fails again, the view says so and offers
 * "Try again". Only in the build: the dev server's modules are never replaced under a tab.
 */
function reloadOnce() {
  if (!import.meta.env.PROD) return;
  try {
    if (sessionStorage.getItem(RELOADED_KEY)) return;
    sessionStorage.setItem(RELOADED_KEY, "1");
  } catch {
    return;
  }
  location.reload();
}

function loadedAfterAll() {
  try {
    sessionStorage.removeItem(RELOADED_KEY);
  } catch {
    // Storage blocked: nothing was set.
  }
}

/**
 * React's `lazy`, plus `preload()`, which loads the code before the first render. Once the code is
 * in, the component renders at once: plain `lazy` suspends for one tick even then, and its Suspense
 * boundary shows "Loading…" for at least 300 ms (React holds a fallback that long to avoid a flash).
 * Unlike `lazy`, a load that failed is tried again after `retryFailedLoads()`.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  type Module = { default: ComponentType<P> };
  let loaded: Module | undefined;
  const preload = () =>
    load().then(
      (module) => {
        loadedAfterAll();
        return (loaded = module);
      },
      (error: unknown) => {
        failed.add(() => (current = fresh()));
        reloadOnce();
        throw new CodeLoadError(error);
      },
    );
  // A thenable that calls back at once: `lazy` sees the module before it would suspend. Only `lazy` ever sees it.
  const fresh = () =>
    lazy(
      () =>
        // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- React types lazy()'s load as returning a Promise but calls only its then(); this thenable calls back at once, with `loaded`, which the test has just found set
        (loaded
          ? // oxlint-disable-next-line unicorn/no-thenable
            { then: (resolve: (module: Module | undefined) => void) => resolve(loaded) }
          : preload()) as Promise<Module>,
    );
  let current = fresh();
  const Component = (props: P) => createElement(current, props);
  return Object.assign(Component, { preload });
}
