import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => cleanup());

// Views load lazily, and a busy 2-core machine can take more than the default second to show one.
configure({ asyncUtilTimeout: 5000 });

// jsdom lays nothing out, so it has no scrolling: the views' scroll-into-view calls become no-ops here.
if (typeof Element !== "undefined") Element.prototype.scrollIntoView = function scrollIntoView() {};
