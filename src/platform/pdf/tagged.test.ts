// The tagged PDF piece: the structure a screen reader relies on is really in the file.
import { describe, expect, it } from "vitest";
import { readPdfStructure } from "../../../test/helpers/pdf.ts";
import { renderTaggedPdf } from "./tagged.ts";

describe("renderTaggedPdf", () => {
  it("writes StructTreeRoot, Lang, a displayed Title and headings in reading order", async () => {
    const bytes = await renderTaggedPdf({
      title: "Attestato — Genova città àèìòù",
      lang: "it-IT",
      frame: true,
      blocks: [
        { kind: "h1", text: "Attestato di partecipazione" },
        { kind: "p", text: "Si attesta che" },
        { kind: "h2", text: "Anna Marino" },
        { kind: "list", items: ["uno", "due"] },
        {
          kind: "fields",
          rows: [
            ["Date", "11–13 aprile 2018"],
            ["Luogo", "Genova"],
          ],
        },
        { kind: "h2", text: "Verifica" },
        {
          kind: "link",
          text: "https://example.org/certificates/ABC",
          url: "https://example.org/certificates/ABC",
        },
      ],
    });
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const s = await readPdfStructure(bytes);
    expect(s.hasStructTreeRoot).toBe(true);
    expect(s.marked).toBe(true);
    expect(s.lang).toBe("it-IT");
    expect(s.displayDocTitle).toBe(true);
    expect(s.title).toBe("Attestato — Genova città àèìòù");
    expect(s.pages).toBe(1);
    expect(s.elements[0]).toBe("Document");
    expect(s.elements.filter((e) => /^H\d$/.test(e))).toEqual(["H1", "H2", "H2"]);
    expect(s.elements).toEqual(expect.arrayContaining(["P", "L", "LI", "Table", "TR", "TH", "TD", "Link"]));
    // Reading order: the H1 comes before the first P, the table before the second H2.
    expect(s.elements.indexOf("H1")).toBeLessThan(s.elements.indexOf("P"));
    expect(s.elements.indexOf("Table")).toBeLessThan(s.elements.lastIndexOf("H2"));
  });
});

describe("tables over several pages", () => {
  it("tags column headers and moves whole rows to new pages, keeping reading order", async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [
      `Idea ${i + 1}`,
      `Descrizione lunga dell'idea numero ${i + 1}`,
      String(i % 7),
    ]);
    const bytes = await renderTaggedPdf({
      title: "Esportazione della sessione",
      lang: "it-IT",
      blocks: [
        { kind: "h1", text: "Sessione del tavolo" },
        { kind: "h2", text: "Idee" },
        {
          kind: "table",
          caption: "Idee raccolte e voti",
          headers: ["Idea", "Descrizione", "Voti"],
          rows,
          widths: [120, 260, 80],
        },
        { kind: "h2", text: "Conclusioni" },
        { kind: "p", text: "Fine." },
      ],
    });
    const s = await readPdfStructure(bytes);
    expect(s.pages).toBeGreaterThan(1);
    expect(s.elements.filter((e) => /^H\d$/.test(e))).toEqual(["H1", "H2", "H2"]);
    expect(s.elements.filter((e) => e === "TR")).toHaveLength(81);
    expect(s.elements.filter((e) => e === "TH")).toHaveLength(3);
    expect(s.elements.indexOf("Caption")).toBeLessThan(s.elements.indexOf("TH"));
    expect(s.elements.lastIndexOf("TD")).toBeLessThan(s.elements.lastIndexOf("H2"));
  });
});
