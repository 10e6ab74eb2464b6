// React as the app's modules import it in the build (reactAsEsm() in vite.config.ts): an ES module
// in the core chunk. React itself is CommonJS, which every chunk importing it had to convert with
// Rolldown's helpers; those became a chunk of their own, one more file in every first load.
// A name the app imports from "react" and this list lacks fails the build (MISSING_EXPORT): add it here.
export {
  Component,
  StrictMode,
  Suspense,
  createContext,
  startTransition,
  lazy,
  use,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
