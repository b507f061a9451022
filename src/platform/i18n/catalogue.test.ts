import { describe, expect, it } from "vitest";
import "../http/app.tsx";
import { allKeys, fromAcceptLanguage, translator } from "./index.ts";

describe("message catalogues", () => {
  it("have the same keys in Italian and English, none empty", () => {
    const it_ = allKeys("it").sort();
    const en = allKeys("en").sort();
    expect(it_.length).toBeGreaterThan(50);
    expect(en).toEqual(it_);
    for (const k of it_) {
      expect(translator("it")(k), k).not.toBe("");
      expect(translator("en")(k), k).not.toBe("");
    }
  });

  it("interpolates parameters", () => {
    expect(translator("en")("errors.rateLimited", { minutes: 15 })).toBe(
      "Too many attempts. Try again in 15 minutes.",
    );
  });

  it("negotiates Accept-Language by quality, falling back to nothing for unsupported languages", () => {
    expect(fromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8,it;q=0.7")).toBe("en");
    expect(fromAcceptLanguage("it-IT")).toBe("it");
    expect(fromAcceptLanguage("fr")).toBeUndefined();
    expect(fromAcceptLanguage(undefined)).toBeUndefined();
  });
});
