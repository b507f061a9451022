// Matching a typed organisation name to the directory's (organisations.match.ts): the same name once
// normalised is a certain match, a near one ranks above unrelated ones, and nothing unrelated is offered.
import { describe, expect, it } from "vitest";
import { bestMatches, nameSimilarity, normaliseName } from "./organisations.match.ts";

describe("organisation name matching", () => {
  it("normalises accents, case, punctuation and spaces", () => {
    expect(normaliseName("  Città  di Forlì – Musei  ")).toBe("citta di forli musei");
    expect(nameSimilarity("Comune di Forlì", "COMUNE DI FORLI'")).toBe(1);
  });

  it("ranks the near name first, forgives little words and a typo, and leaves out unrelated names", () => {
    const directory = [
      { name: "Museo Civico di Bassano del Grappa" },
      { name: "Museo civico di Feltre" },
      { name: "Comune di Trieste" },
      { name: "Biblioteca civica Bassano" },
    ];
    const found = bestMatches("museo civico Bassano del Grapa", directory, 5);
    expect(found[0]!.name).toBe("Museo Civico di Bassano del Grappa");
    expect(found[0]!.score).toBeGreaterThan(0.75);
    expect(found[0]!.score).toBeLessThan(1);
    expect(found.map((f) => f.name)).not.toContain("Comune di Trieste");
    expect(bestMatches("Fondazione Torino Musei", directory, 5).map((f) => f.name)).not.toContain(
      "Comune di Trieste",
    );
    expect(bestMatches("", directory, 5)).toEqual([]);
  });
});
