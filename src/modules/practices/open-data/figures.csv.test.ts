// Figures tables: what a CSV attachment must be to be drawn as a chart (two columns, a header, plain
// numbers, UTF-8, small), and what it reads as (years make a time series).
import { describe, expect, it } from "vitest";
import { AppError } from "../../../platform/errors.ts";
import { figuresCsv } from "../demo.ts";
import { checkFiguresCsv, FIGURES_MAX_ROWS, isCsvName, parseFiguresCsv } from "./figures.csv.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("figures tables", () => {
  it("reads a header and rows of label and number, with commas or semicolons", () => {
    expect(parseFiguresCsv(bytes("Anno,Follower\r\n2017,1400\r\n2018,2600.5\r\n"))).toEqual({
      labelHeader: "Anno",
      valueHeader: "Follower",
      rows: [
        { label: "2017", value: 1400 },
        { label: "2018", value: 2600.5 },
      ],
      years: true,
    });
    const it_ = parseFiguresCsv(bytes('\uFEFFPaese;Persone\n"Italia, nord";12,5\n\nFinlandia;-3\n'))!;
    expect(it_.rows).toEqual([
      { label: "Italia, nord", value: 12.5 },
      { label: "Finlandia", value: -3 },
    ]);
    expect(it_.years).toBe(false);
  });

  it("reads back what the demo writes, guarded cells included", () => {
    const t = parseFiguresCsv(figuresCsv(["Voce", "Saldo"], [["=SOMMA()", -5]]))!;
    expect(t.rows).toEqual([{ label: "=SOMMA()", value: -5 }]);
  });

  it("refuses anything else", () => {
    for (const bad of [
      "",
      "Anno,Follower\n", // no rows
      "Anno,Follower,Altro\n2017,1,2\n", // three columns
      "Anno,Follower\n2017,1.400,5\n", // a row of three
      "Anno,Follower\n2017,mille\n",
      "Anno,Follower\n2017,1.400.000\n", // thousands separators
      "Anno,Follower\n,3\n", // no label
    ])
      expect(parseFiguresCsv(bytes(bad)), JSON.stringify(bad)).toBeNull();
    expect(parseFiguresCsv(new Uint8Array([0x41, 0x2c, 0x42, 0x0a, 0xff, 0x2c, 0x31]))).toBeNull(); // not UTF-8
    const many = `A,B\n${Array.from({ length: FIGURES_MAX_ROWS + 1 }, (_, i) => `r${i},${i}`).join("\n")}`;
    expect(parseFiguresCsv(bytes(many))).toBeNull();
    expect(() => checkFiguresCsv(bytes("x"))).toThrow(AppError);
    expect(checkFiguresCsv(bytes("A,B\nx,1\n"))).toBe("text/csv");
    expect(isCsvName("Dati.CSV")).toBe(true);
    expect(isCsvName("dati.csv.pdf")).toBe(false);
  });
});
