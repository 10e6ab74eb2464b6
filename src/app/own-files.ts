import type { DerivedFileName } from "../data/data-files.ts";
import type { RouteName } from "../url-state/routes.ts";

/**
 * The file in data/ a view draws from instead of the data files: the search, from its index. Its first
 * render waits for it as for its code (routes.tsx), its page asks for it in its head (build/page-files.ts),
 * and the bench counts it as the view's data (docs/decisions/0018).
 */
export const OWN_FILES: Partial<Record<RouteName, DerivedFileName>> = { search: "search-index" };
