// The catalogue's list page: filters with counts, escaped highlighted snippets, pagination, bad filter
// values answered on the page, and the catalogue in figures. Set-up shared through catalogue/pages.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../../test/helpers/client.ts";
import type { TestRuntime } from "../../../../test/helpers/runtime.ts";
import { html, type PracticePages, usePracticePages } from "./pages.test-kit.ts";

const world = usePracticePages();
const { who } = world;
let t: TestRuntime;
let net: PracticePages["net"];
beforeAll(() => {
  ({ t, net } = world);
});

describe("the list", () => {
  it("shows the count, facet counts over the whole result, and the report-a-project link", async () => {
    const page = await html(who.anonymous!, "/practices");
    expect(page).toContain("14 buone pratiche trovate");
    expect(page).toContain('href="/practices/new"');
    expect(page).toContain("Segnala un progetto");
    // 12 tourism practices, 10 per page: the facet still counts all 12.
    expect(page).toMatch(/value="tourism"[^>]*\/?>\s*<label[^>]*><span>Turismo<\/span><span[^>]*>12<\/span>/);
    expect(page).toMatch(
      /value="libraries"[^>]*\/?>\s*<label[^>]*><span>Biblioteche<\/span><span[^>]*>2<\/span>/,
    );
    expect(page).not.toContain("Pratica riservata alla rete");
    expect(page).not.toContain("Bozza non pubblicata");
    const member = await html(who.member!, "/practices");
    expect(member).toContain("15 buone pratiche trovate");
  });

  it("filters by theme, organisation type, country, year, language and network, with removable chips", async () => {
    const libs = await html(who.anonymous!, "/practices?theme=libraries");
    expect(libs).toContain("2 buone pratiche trovate");
    expect(libs).toMatch(/value="libraries"[^>]*checked/);
    expect(libs).toContain('href="/practices"'); // removing the only filter goes back to the full list
    expect(await html(who.anonymous!, "/practices?orgType=library")).toContain("1 buona pratica trovata");
    // A client of its own: ?lang= sets a cookie the other tests should not inherit.
    const fi = await html(new Client(t), "/practices?country=FI&lang=en");
    expect(fi).toContain("1 good practice found");
    expect(fi).toContain("Open library data in Helsinki");
    const in2019 = await html(who.anonymous!, "/practices?year=2019&theme=libraries");
    expect(in2019).toContain("2 buone pratiche trovate");
    expect(in2019).toContain("Scaffali aperti");
    const in2021 = await html(who.anonymous!, "/practices?year=2021&theme=libraries");
    expect(in2021).toContain("1 buona pratica trovata"); // the Nemi practice ended in 2020
    expect(in2021).not.toContain("Scaffali aperti");
    expect(await html(who.anonymous!, "/practices?language=en")).toContain("1 buona pratica trovata");
    // Empty selects mean "any": the form's empty fields are left out by a redirect to the clean URL.
    await html(who.anonymous!, `/practices?network=${net.slug}&year=&language=&sort=`, 303);
    const byNet = await html(who.anonymous!, `/practices?network=${net.slug}`);
    expect(byNet).toContain("1 buona pratica trovata");
    expect(byNet).toContain("Rete delle biblioteche di prova");
  });

  it("pages through results with links that keep the filters", async () => {
    const p1 = await html(who.anonymous!, "/practices?theme=tourism&sort=date");
    expect(p1).toContain('href="/practices?theme=tourism&amp;sort=date&amp;page=2"');
    const p2 = await html(who.anonymous!, "/practices?theme=tourism&sort=date&page=2");
    expect((p2.match(/class="card card-bg practice-card"/g) ?? []).length).toBe(2);
    const past = await html(who.anonymous!, "/practices?theme=tourism&page=50");
    expect(past).toContain("Questa pagina è oltre l&#39;ultima");
    expect(past).toContain('href="/practices?theme=tourism"');
    expect(p2).toMatch(/aria-current="page"[^>]*>\s*<span class="visually-hidden">Pagina <\/span>2/);
  });

  it("highlights matches and escapes whatever HTML the text contains", async () => {
    const page = await html(who.anonymous!, "/practices?q=scaffali");
    expect(page).toContain("<mark>Scaffali</mark>");
    const typo = await html(who.anonymous!, "/practices?q=alert");
    expect(typo).not.toContain('<script>alert("xss")');
    expect(typo).not.toMatch(/<img src=x/);
    // The snippet shows the source's markup as text, with only our own <mark> as markup.
    const snippet = /practice-snippet">([\s\S]*?)<\/p>/.exec(typo)![1]!;
    expect(snippet).toContain("&lt;img src=x onerror=<mark>alert</mark>(2)&gt;");
    expect(snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });

  it("answers a bad filter value on the page with a message, not an error", async () => {
    const r = await who.anonymous!.get("/practices?theme=not-a-theme&year=abc");
    expect(r.status).toBe(422);
    const page = await r.text();
    expect(page).toContain("La ricerca contiene valori non validi.");
    expect(page).toContain("Tema sconosciuto");
    const long = await (await who.anonymous!.get(`/practices?q=${"parola ".repeat(40)}`)).text();
    expect(long).toContain("Inserisci al massimo 200 caratteri.");
  });
});

describe("the catalogue in figures", () => {
  const rowsOf = (page: string, id: string) => {
    const chart = page.slice(page.indexOf(`<div class="chart chart-`, page.indexOf(`id="${id}"`) - 40));
    const tbody = chart.slice(chart.indexOf("<tbody>"), chart.indexOf("</tbody>"));
    return [...tbody.matchAll(/<tr><th scope="row">([^<]*)<\/th><td[^>]*>([^<]*)<\/td><\/tr>/g)].map((m) => [
      m[1],
      m[2],
    ]);
  };

  it("shows public practices by theme and by start year under the filters, with findings and tables", async () => {
    for (const who_ of [who.anonymous!, who.member!]) {
      const page = await html(who_, "/practices");
      // The network-only practice and the draft are not counted, whoever looks.
      expect(page).toContain("Le 14 buone pratiche pubbliche del catalogo");
      expect(page).toContain(
        '<figcaption class="chart-finding">Il tema più frequente è «Turismo»: 12 pratiche su 14.</figcaption>',
      );
      expect(rowsOf(page, "figure-themes")).toEqual([
        ["Turismo", "12"],
        ["Biblioteche", "2"],
        ["Dati aperti", "1"],
        ["Social media", "1"],
      ]);
      const years = rowsOf(page, "figure-years");
      expect(years).toHaveLength(12); // 2011 to 2022
      expect(years.find(([y]) => y === "2018")).toEqual(["2018", "2"]);
      expect(page).toContain("Almeno metà delle pratiche è iniziata nel 2017 o dopo.");
      expect(page).toMatch(
        /<svg class="chart-svg" role="img" aria-labelledby="figure-themes-title figure-themes-desc"/,
      );
      // The figures sit in the side column, after the filters.
      expect(page.indexOf('id="figures-heading"')).toBeGreaterThan(page.indexOf("practice-facet"));
    }
  });

  it("speaks English on an English page, and leaves the figures out of a search", async () => {
    const en = await html(who.anonymous!, "/practices?lang=en");
    expect(en).toContain("The most common theme is “Tourism”: 12 of 14 practices.");
    expect(en).toContain("<summary>Chart data");
    await html(who.anonymous!, "/practices?lang=it"); // the language is remembered: back to Italian
    const search = await html(who.anonymous!, "/practices?q=biblioteca");
    expect(search).not.toContain('id="figures-heading"');
    const filtered = await html(who.anonymous!, "/practices?theme=tourism");
    expect(filtered).not.toContain("chart-svg");
  });
});
