import { describe, expect, it } from "vitest";
import { isInField, isTypingIn } from "./is-typing-in.ts";

const input = (type: string) => Object.assign(document.createElement("input"), { type });
const element = (tag: string) => document.createElement(tag);

describe('"/" is the search shortcut except where it is typed', () => {
  it.each(["checkbox", "radio", "submit", "range"])("a %s input takes no text", (type) =>
    expect(isTypingIn(input(type))).toBe(false),
  );
  it.each(["text", "search", "email", "number"])("a %s input takes the key", (type) =>
    expect(isTypingIn(input(type))).toBe(true),
  );
  it.each(["textarea", "select"])("a %s takes the key", (tag) => expect(isTypingIn(element(tag))).toBe(true));
  it.each(["button", "body"])("a %s does not", (tag) =>
    expect(isTypingIn(tag === "body" ? document.body : element(tag))).toBe(false),
  );
});

describe("the page's own keys (arrows, Space) leave every form field alone", () => {
  it.each(["checkbox", "radio", "text"])("a %s input keeps them", (type) => expect(isInField(input(type))).toBe(true));
  it("a select keeps them; a button, the page and nothing do not", () => {
    expect(isInField(element("select"))).toBe(true);
    expect(isInField(element("button"))).toBe(false);
    expect(isInField(document.body)).toBe(false);
    expect(isInField(null)).toBe(false);
  });
});
