// Which `Accept` headers ask for a page: the render cache answers only those (accept.ts).
import { describe, expect, it } from "vitest";
import { prefersHtml } from "./accept.ts";

describe("prefersHtml", () => {
  it("takes browsers' navigations, curl and no header at all as asking for HTML", () => {
    const chrome =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    const firefox =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/png,image/svg+xml,*/*;q=0.8";
    for (const accept of [chrome, firefox, "*/*", "text/*", "text/html", " TEXT/HTML ", "", null, undefined])
      expect(prefersHtml(accept), String(accept)).toBe(true);
    expect(prefersHtml("application/json;q=0.5, text/html;level=1")).toBe(true);
    expect(prefersHtml("text/html;q=0.8, application/json;q=0.5")).toBe(true);
  });

  it("refuses what prefers another representation", () => {
    for (const accept of [
      "application/activity+json",
      'application/ld+json; profile="https://www.w3.org/ns/activitystreams"',
      "application/activity+json, application/ld+json, text/html;q=0.1",
      // Equal weights: the first listed wins.
      "application/activity+json, text/html",
      "application/json",
      "application/json, */*;q=0.1",
      "application/atom+xml, text/html;q=0.9",
      "text/html;q=0.5, application/json",
      // The wildcard comes first, but text/html itself is refused.
      "*/*, text/html;q=0",
      "text/html;q=0",
      "image/png",
    ])
      expect(prefersHtml(accept), accept).toBe(false);
  });

  it("reads a weight that is not a number as 1", () => {
    expect(prefersHtml("application/json;q=abc, text/html")).toBe(false);
    expect(prefersHtml("text/html;q=, application/json;q=0.9")).toBe(true);
  });
});
