// Bulk import of practices: CSV with `,` or `;`, UTF-8 with or without BOM or Windows-1252, JSON Lines
// and JSON; bad records reported with number, line and reason while good ones are imported; nothing
// half-written; organisations matched by name or created; round trip from the open-data export; a
// 10,000-row file with broken rows; the coordinators' upload page and the command line.
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actorFor, buildNetwork, buildOrganisation } from "../../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { exportPractices } from "../open-data/export.ts";
import { searchPractices } from "../search/service.ts";
import { importPracticesCommand } from "./cli.ts";
import { type ImportReport, importPractices } from "./service.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const utf8 = (s: string) => new TextEncoder().encode(s);
const reasons = (r: ImportReport) => r.failures.map((f) => [f.number, f.line, f.field, f.key]);
const count = async (networkId: string) =>
  (await t.deps.pool.query("select count(*)::int as n from practices where network_id = $1", [networkId]))
    .rows[0].n as number;

describe("reading spreadsheets' files", () => {
  it("imports a `;` CSV in Windows-1252, reports bad records with number, line and reason, matches organisations", async () => {
    const net = await buildNetwork(t);
    await buildOrganisation(t, { name: "Comune di Nemi" });
    const csv = [
      "title;summary;country;language;organisation;organisationType;place;startYear;endYear;themes;problem;website",
      "Biblioteca diffusa;Prestiti in ogni frazione, così è più facile;it;it;comune di NEMI;;Nemi;2019;2021;libraries|inclusion;;https://example.org/a",
      ";Senza titolo;IT;it;;;;;;;;",
      'Museo accessibile;"Percorsi tattili;\nsu due righe";IT;it;Museo Nuovo;museum;Roma;2020;;accessibility;"Il problema:\n- barriere";',
      "Tema sconosciuto;Una sintesi;IT;it;;;;;;gastronomy;;",
      "Anno sbagliato;Una sintesi;IT;it;;;;duemila;;;;",
      "Troppi campi;Una sintesi;IT;it;;;;;;;;;extra",
      "<b>HTML</b>;Una sintesi;IT;it;;;;;;;;",
      "Paese sbagliato;Una sintesi;Italia;it;;;;;;;;",
      "Fine prima dell'inizio;Una sintesi;IT;en;;;;2022;2020;;;",
      "Tipo sbagliato;Una sintesi;IT;it;Ente X;castle;;;;;;",
    ].join("\r\n");
    const bytes = iconv.encode(csv, "win1252");
    const r = await importPractices(t.deps, { networkId: net.id, bytes });
    expect(r.encoding).toBe("windows-1252");
    expect(r.delimiter).toBe(";");
    expect(r.records).toBe(10);
    expect(r.imported).toBe(2);
    expect(reasons(r)).toEqual([
      [2, 3, "title", "form.required"],
      [4, 7, "themes", "practices.errors.unknownTheme"],
      [5, 8, "startYear", "import.errors.year"],
      [6, 9, undefined, "import.errors.fieldCount"],
      [7, 10, "title", "practices.errors.noHtml"],
      [8, 11, "country", "practices.errors.invalidCountry"],
      [9, 12, "endYear", "practices.errors.endBeforeStart"],
      [10, 13, "organisationType", "import.errors.orgType"],
    ]);
    expect(r.newOrganisations).toEqual(["Museo Nuovo"]);
    const found = await searchPractices(t.deps, null, { network: net.id });
    const byTitle = Object.fromEntries(found.items.map((p) => [p.title, p]));
    expect(byTitle["Biblioteca diffusa"]?.summary).toBe("Prestiti in ogni frazione, così è più facile");
    expect(byTitle["Biblioteca diffusa"]?.themes).toEqual(["libraries", "inclusion"]);
    expect(byTitle["Museo accessibile"]?.summary).toBe("Percorsi tattili;\nsu due righe");
    const links = await t.deps.pool.query(
      "select o.name, o.type from practice_organisations po join organisations o on o.id = po.organisation_id join practices p on p.id = po.practice_id where p.network_id = $1 order by o.name",
      [net.id],
    );
    expect(links.rows).toEqual([
      { name: "Comune di Nemi", type: "municipality" },
      { name: "Museo Nuovo", type: "museum" },
    ]);
  });

  it("reads UTF-8 with a BOM and `,`, and JSON Lines with arrays and broken lines", async () => {
    const net = await buildNetwork(t);
    const csv = `\ufeffTitle,summary,country,language,themes\r\n"Città, aperta","Dati aperti, per tutti",IT,it,open-data|smart-city\r\n`;
    const r = await importPractices(t.deps, { networkId: net.id, bytes: utf8(csv), draft: true });
    expect([r.encoding, r.delimiter, r.imported, r.failures]).toEqual(["utf-8", ",", 1, []]);
    const status = await t.deps.pool.query("select title, status from practices where network_id = $1", [
      net.id,
    ]);
    expect(status.rows).toEqual([{ title: "Città, aperta", status: "draft" }]);

    const jsonl = [
      JSON.stringify({
        title: "Smart city bootcamp",
        summary: "Training",
        country: "fi",
        language: "en",
        themes: ["smart-city"],
        startYear: 2021,
      }),
      "",
      "{ not json",
      JSON.stringify(["not", "an", "object"]),
      JSON.stringify({ title: "Extra", summary: "x", country: "IT", language: "it", colour: "blue" }),
      JSON.stringify({ title: "Lingua", summary: "x", country: "IT", language: "de" }),
    ].join("\n");
    const j = await importPractices(t.deps, { networkId: net.id, bytes: utf8(jsonl) });
    expect(j.format).toBe("jsonl");
    expect(j.imported).toBe(1);
    expect(reasons(j)).toEqual([
      [2, 3, undefined, "import.errors.badJson"],
      [3, 4, undefined, "import.errors.notObject"],
      [4, 5, "colour", "import.errors.unknownField"],
      [5, 6, "language", "form.invalid"],
    ]);
  });

  it("refuses an empty file and a CSV whose quote never closes after the good records", async () => {
    const net = await buildNetwork(t);
    expect((await importPractices(t.deps, { networkId: net.id, bytes: utf8("  \n") })).fatal?.key).toBe(
      "import.errors.empty",
    );
    const csv = 'title,summary,country,language\nUno,Buono,IT,it\nDue,"Mai chiusa,IT,it\nTre,Perso,IT,it\n';
    const r = await importPractices(t.deps, { networkId: net.id, bytes: utf8(csv) });
    expect(r.imported).toBe(1);
    expect(reasons(r)).toEqual([[2, 3, undefined, "import.errors.quoteNotClosed"]]);
  });
});

describe("nothing half-written", () => {
  it("keeps the batch's other records when the database refuses one, and creates nothing for the refused one", async () => {
    const net = await buildNetwork(t);
    // A refusal the checks cannot foresee (as a concurrent writer or a constraint would cause).
    await t.deps.pool.query(`create function refuse_marked() returns trigger language plpgsql as $$
      begin if new.title = 'Rifiutata dal database' then raise exception 'refused for the test'; end if; return new; end $$`);
    await t.deps.pool.query(
      "create trigger refuse_marked before insert on practices for each row execute function refuse_marked()",
    );
    try {
      const csv = [
        "title,summary,country,language,organisation",
        "Prima,S,IT,it,Ente della prima",
        "Rifiutata dal database,S,IT,it,Ente mai creato",
        "Terza,S,IT,it,",
      ].join("\n");
      const r = await importPractices(t.deps, { networkId: net.id, bytes: utf8(csv) });
      expect(r.imported).toBe(2);
      expect(reasons(r)).toEqual([[2, 3, undefined, "import.errors.database"]]);
      expect(r.newOrganisations).toEqual(["Ente della prima"]);
      const orgs = await t.deps.pool.query(
        "select name from organisations where name like 'Ente %' order by name",
      );
      expect(orgs.rows).toEqual([{ name: "Ente della prima" }]);
      const titles = await t.deps.pool.query(
        "select title from practices where network_id = $1 order by title",
        [net.id],
      );
      expect(titles.rows).toEqual([{ title: "Prima" }, { title: "Terza" }]);
    } finally {
      await t.deps.pool.query("drop trigger refuse_marked on practices");
    }
  });
});

describe("round trip from the open-data export", () => {
  it("imports the exported CSV and JSON into another network and exports the same records", async () => {
    const a = await buildNetwork(t);
    const csv = [
      "title,summary,country,language,organisation,organisationType,place,startYear,endYear,themes,problem,solution,results,website",
      '"Virgole, ""citazioni"" e righe","Una sintesi\nsu due righe",IT,it,Comune di Andata,municipality,Frascati,2018,2020,participation|communication,"## Problema\n\n- uno",Soluzione,Risultati,https://example.org/x',
      "Solo obbligatori,Sintesi breve,FI,en,,,,,,,,,,",
    ].join("\n");
    expect((await importPractices(t.deps, { networkId: a.id, bytes: utf8(csv) })).imported).toBe(2);
    const strip = (rows: Awaited<ReturnType<typeof exportPractices>>) =>
      rows.map(({ id: _i, url: _u, extra: _e, ...r }) => r).sort((x, y) => x.title.localeCompare(y.title));
    const original = strip(await exportPractices(t.deps, a.id));
    for (const format of ["csv", "json"] as const) {
      const res = await t.app.request(`/open-data/${a.slug}/practices.${format}`);
      const b = await buildNetwork(t);
      const r = await importPractices(t.deps, {
        networkId: b.id,
        bytes: new Uint8Array(await res.arrayBuffer()),
      });
      expect([format, r.imported, r.failures]).toEqual([format, 2, []]);
      expect(strip(await exportPractices(t.deps, b.id))).toEqual(original);
    }
  });
});

describe("a 10,000-row file with broken rows", () => {
  it("imports the 9,900 good records and reports the 100 broken ones, nothing else written", async () => {
    const net = await buildNetwork(t);
    const lines = ["title,summary,country,language,startYear,themes"];
    const broken: number[] = [];
    for (let i = 1; i <= 10_000; i++) {
      if (i % 100 === 37) {
        broken.push(i);
        // Alternately: a missing summary, a bad year, a wrong field count, an unknown theme.
        const kind = (i / 100) | 0;
        lines.push(
          [
            `Pratica ${i},,IT,it,2020,inclusion`,
            `Pratica ${i},Sintesi,IT,it,20x0,inclusion`,
            `Pratica ${i},Sintesi,IT,it`,
            `Pratica ${i},Sintesi,IT,it,2020,banana`,
          ][kind % 4]!,
        );
      } else lines.push(`Pratica ${i},Sintesi della pratica numero ${i},IT,it,2020,inclusion|museums`);
    }
    const started = performance.now();
    const r = await importPractices(t.deps, { networkId: net.id, bytes: utf8(lines.join("\n")) });
    const ms = performance.now() - started;
    expect(r.records).toBe(10_000);
    expect(r.imported).toBe(9_900);
    expect(r.failures.map((f) => f.number)).toEqual(broken);
    expect(r.failures.every((f) => f.line === f.number + 1)).toBe(true);
    expect(await count(net.id)).toBe(9_900);
    const published = await t.deps.pool.query(
      "select count(*)::int as n from practice_search where network_id = $1",
      [net.id],
    );
    expect(published.rows[0].n).toBe(9_900);
    console.log(`10,000-row import: ${Math.round(ms)} ms`);
  }, 180_000);
});

describe("the upload page and the command line", () => {
  it("lets the network's coordinators upload a file and shows the report on the page", async () => {
    const net = await buildNetwork(t, { name: "Rete dell'import" });
    const coordinator = (await actorFor(t, "coordinator", net.id)).client;
    const member = (await actorFor(t, "member", net.id)).client;
    const page = `/networks/${net.slug}/practices/import`;
    expect((await member.get(page)).status).toBe(403);
    const html = await (await coordinator.get(page)).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const empty = new FormData();
    empty.set("_csrf", csrf);
    const refused = await coordinator.post(page, empty);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("Scegli un file da importare.");
    const form = new FormData();
    form.set("_csrf", csrf);
    form.set(
      "file",
      new File(
        ["title,summary,country,language\nCaricata,Dal modulo,IT,it\n,Senza titolo,IT,it\n"],
        "p.csv",
        {
          type: "text/csv",
        },
      ),
    );
    const res = await coordinator.post(page, form);
    expect(res.status).toBe(200);
    const report = await res.text();
    expect(report).toContain("Importati 1 record su 2.");
    expect(report).toContain("Record 2 (riga 3): title: Campo obbligatorio.");
    expect(await count(net.id)).toBe(1);
  });

  it("prints the summary on stdout, each refused record on stderr, and exits 1 when some failed", async () => {
    const net = await buildNetwork(t);
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const dir = mkdtempSync(`${t.dataDir}/import-`);
    const file = `${dir}/p.jsonl`;
    writeFileSync(
      file,
      `${JSON.stringify({ title: "Da terminale", summary: "S", country: "IT", language: "it" })}\n{"title": 1}\n`,
    );
    const out: string[] = [];
    const err: string[] = [];
    const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => out.push(String(s)) > 0);
    const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => err.push(String(s)) > 0);
    try {
      expect(await importPracticesCommand(t.deps, { file, network: net.slug, draft: false })).toBe(1);
      expect(await importPracticesCommand(t.deps, { file, network: "no-such-network", draft: false })).toBe(
        2,
      );
      expect(
        await importPracticesCommand(t.deps, { file: `${dir}/missing.csv`, network: net.slug, draft: false }),
      ).toBe(2);
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
    expect(out.join("")).toContain("Imported 1 of 2 records.");
    expect(err[0]).toBe(`${file}: Record 2 (line 2): summary: This field is required.\n`);
    expect(err.join("")).toContain('No network with the address "no-such-network".');
  });
});
