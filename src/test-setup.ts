import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => cleanup());

// jsdom lays nothing out, so it has no scrolling: the views' scroll-into-view calls become no-ops here.
if (typeof Element !== "undefined") Element.prototype.scrollIntoView = function scrollIntoView() {};
