// Every catalogue of the application (the platform's and each module's, as every role loads them):
// the same keys in both languages, interpolation, singular forms, Accept-Language.
import { beforeAll, describe, expect, it } from "vitest";
import { loadModules } from "../src/app/catalogues.ts";
import "../src/app/http.tsx";
import { allKeys, fromAcceptLanguage, translator } from "../src/platform/i18n/index.ts";

beforeAll(() => loadModules());

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

  it("takes a message's singular form for a count of one, where the catalogue has one", () => {
    const it_ = translator("it");
    const en = translator("en");
    expect(it_("boards.participantCount", { n: 1 })).toBe("1 partecipante");
    expect(it_("boards.participantCount", { n: 2 })).toBe("2 partecipanti");
    expect(it_("boards.participantCount", { n: 0 })).toBe("0 partecipanti");
    expect(en("boards.participantCount", { n: 1 })).toBe("1 participant");
    expect(en("practices.pages.count", { n: "1" })).toBe("1 good practice found");
    expect(it_("identity.networks.members", { count: 1 })).toBe("1 organizzazione");
    // No singular form in the catalogue: the message as it is.
    expect(en("labs.meetings.waiting", { n: 1 })).toBe("1 on the waiting list");
  });

  it("negotiates Accept-Language by quality, falling back to nothing for unsupported languages", () => {
    expect(fromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8,it;q=0.7")).toBe("en");
    expect(fromAcceptLanguage("it-IT")).toBe("it");
    expect(fromAcceptLanguage("fr")).toBeUndefined();
    expect(fromAcceptLanguage(undefined)).toBeUndefined();
  });
});
