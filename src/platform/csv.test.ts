// The one CSV cell writer: RFC 4180 quoting, spreadsheet formulas neutralised, and the guard undone
// exactly by unguardCell (so an exported file imports as the original text).
import { describe, expect, it } from "vitest";
import { csvCell, guardCell, unguardCell } from "./csv.ts";

describe("csvCell", () => {
  it("quotes what RFC 4180 requires and neutralises what a spreadsheet would run", () => {
    expect(csvCell("semplice")).toBe("semplice");
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    expect(csvCell(42)).toBe("42");
    expect(csvCell('=HYPERLINK("http://x.example","clic")')).toBe(
      `"'=HYPERLINK(""http://x.example"",""clic"")"`,
    );
    expect(csvCell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvCell("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("\t=1")).toBe("'\t=1");
  });

  it("gives back the original text through unguardCell, apostrophes included", () => {
    for (const s of ["=1+1", "'=1+1", "''@x", "'plain", "plain", "", "+39 06 1234", "\r=x", "l'=ok"]) {
      expect(unguardCell(guardCell(s))).toBe(s);
      expect(guardCell(s)).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
