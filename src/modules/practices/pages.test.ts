// The catalogue's pages: the list (filters with counts, escaped highlighted snippets, pagination, bad
// filter values answered on the page), a practice page (Markdown made safe, contact only for signed-in
// people, JSON-LD that parses, related practices, visibility → 404) and the coordinators' uploads
// (type checked on the bytes, alt text required, files no more visible than their practice).
import exifr from "exifr";
import { sql } from "kysely";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { actorFor, buildNetwork, buildOrganisation } from "../../../test/helpers/factories.ts";
import { buildCall } from "../../../test/helpers/funding.ts";
import { heicLike, PHONE_GPS, phonePhoto } from "../../../test/helpers/images.ts";
import { buildPractice } from "../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { thumbnailKey } from "../../platform/images/store.ts";
import { barChartPng } from "./bar-chart.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
const who: Record<string, Client> = {};
const slugs: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete delle biblioteche di prova" });
  for (const role of ["anonymous", "member", "coordinator", "other-coordinator", "admin"] as const)
    who[role] = (await actorFor(t, role, net.id)).client;
  const library = await buildOrganisation(t, { name: "Biblioteca civica di Prova", type: "library" });
  const city = await buildOrganisation(t, {
    name: "Comune di Helsinki di prova",
    type: "municipality",
    country: "FI",
  });
  const a = await buildPractice(t, {
    title: "Scaffali aperti nella biblioteca di Nemi",
    summary: "Una biblioteca di paese apre gli scaffali e racconta i libri sui social.",
    themes: ["libraries", "social-media"],
    networkId: net.id,
    organisationIds: [library.id],
    place: "Nemi",
    startYear: 2018,
    endYear: 2020,
    contact: "Mario Bianchi – mario.bianchi@example.org",
    website: "https://biblioteca.example.org",
    links: [{ url: "https://example.org/report", label: "Rapporto finale" }],
    problem:
      'Gli scaffali chiusi <script>alert("xss")</script> allontanavano i lettori.\n\n[clicca](javascript:alert(1)) <img src=x onerror=alert(2)>\n\n# Contesto\n\nUn **paese** piccolo.',
  });
  const b = await buildPractice(t, {
    title: "Open library data in Helsinki",
    summary: "The city library publishes its loans as open data every month.",
    themes: ["libraries", "open-data"],
    language: "en",
    country: "FI",
    organisationIds: [city.id],
    startYear: 2015,
  });
  const hidden = await buildPractice(t, {
    title: "Pratica riservata alla rete",
    summary: "Solo per i membri della rete.",
    networkId: net.id,
    visibility: "network",
  });
  const draft = await buildPractice(t, { title: "Bozza non pubblicata", status: "draft", networkId: net.id });
  for (let i = 1; i <= 12; i++)
    await buildPractice(t, {
      title: `Itinerario turistico numero ${i}`,
      themes: ["tourism"],
      startYear: 2010 + i,
    });
  Object.assign(slugs, { a: a.slug, b: b.slug, hidden: hidden.slug, draft: draft.slug });
}, 60_000);
afterAll(() => t.close());

const html = async (c: Client, path: string, status = 200) => {
  const r = await c.get(path);
  expect({ path, status: r.status }).toEqual({ path, status });
  return r.text();
};

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

describe("a practice page", () => {
  it("renders Markdown safely: no script, no event handler, no javascript: link", async () => {
    const page = await html(who.anonymous!, `/practices/${slugs.a}`);
    expect(page).toContain("<strong>paese</strong>");
    expect(page).toContain("<h3>Contesto</h3>");
    expect(page).toContain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;");
    expect(page).not.toMatch(/<script>alert/);
    expect(page).not.toMatch(/<img[^>]*onerror/);
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain(
      '<a href="https://example.org/report" rel="nofollow ugc noopener">Rapporto finale</a>',
    );
    expect(page).toContain("Biblioteca civica di Prova");
    expect(page).toContain("2018–2020");
    expect(page).toContain("CC BY 4.0");
    expect(page).toContain('<div id="practice-comments"');
  });

  it("shows the contact to signed-in people only", async () => {
    const anon = await html(who.anonymous!, `/practices/${slugs.a}`);
    expect(anon).not.toContain("mario.bianchi@example.org");
    expect(anon).toContain("Accedi per vedere i contatti");
    const member = await html(who["other-coordinator"]!, `/practices/${slugs.a}`);
    expect(member).toContain("mario.bianchi@example.org");
  });

  it("carries schema.org JSON-LD that parses, describes a CreativeWork and never the contact", async () => {
    const page = await html(who.member!, `/practices/${slugs.a}`);
    const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks[0]![1]!);
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("CreativeWork");
    expect(ld.name).toBe("Scaffali aperti nella biblioteca di Nemi");
    expect(ld.url).toBe(`${t.deps.config.baseUrl}/practices/${slugs.a}`);
    expect(ld.license).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(ld.creator[0].name).toBe("Biblioteca civica di Prova");
    expect(ld.temporalCoverage).toBe("2018/2020");
    expect(blocks[0]![1]).not.toContain("mario.bianchi");
    const list = await html(who.anonymous!, "/practices");
    const listLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(list)![1]!);
    expect(listLd["@type"]).toBe("CollectionPage");
    expect(listLd.mainEntity.itemListElement).toHaveLength(10);
  });

  it("lists related practices sharing a theme, and gives a citation and a permalink", async () => {
    const page = await html(who.anonymous!, `/practices/${slugs.a}`);
    expect(page).toContain("Buone pratiche correlate");
    expect(page).toContain(`href="/practices/${slugs.b}"`);
    expect(page).toMatch(
      /<textarea id="cite-text"[^>]*readonly[^>]*>Biblioteca civica di Prova \(2018\)\. Scaffali aperti/,
    );
    expect(page).toContain(`value="${t.deps.config.baseUrl}/practices/${slugs.a}"`);
  });

  it("lists the funding calls linked to it that the viewer may see", async () => {
    const open = await buildCall(t, net.id, { title: "Bando biblioteche aperte", practices: [slugs.a!] });
    await buildCall(t, net.id, {
      title: "Bando riservato alla rete",
      visibility: "network",
      practices: [slugs.a!],
    });
    const anon = await html(who.anonymous!, `/practices/${slugs.a}`);
    expect(anon).toContain("Bandi collegati");
    expect(anon).toContain(`href="/funding/${open.slug}"`);
    expect(anon).not.toContain("Bando riservato alla rete");
    expect(await html(who.member!, `/practices/${slugs.a}`)).toContain("Bando riservato alla rete");
  });

  it("leaves the paths of other catalogue pages (the report form) to their own routes", async () => {
    expect((await who.anonymous!.get("/practices/new")).status).toBe(200);
  });

  it("is a 404 for whoever may not see it", async () => {
    const cases = [
      ["anonymous", slugs.hidden, 404],
      ["other-coordinator", slugs.hidden, 404],
      ["member", slugs.hidden, 200],
      ["anonymous", slugs.draft, 404],
      ["member", slugs.draft, 404],
      ["coordinator", slugs.draft, 200],
      ["admin", slugs.draft, 200],
      ["anonymous", "no-such-practice", 404],
    ] as const;
    for (const [role, slug, status] of cases) {
      const r = await who[role]!.get(`/practices/${slug}`);
      expect({ role, slug, status: r.status }).toEqual({ role, slug, status });
    }
  });
});

describe("images and attachments", () => {
  const upload = async (
    c: Client,
    slug: string,
    fields: Record<string, string>,
    file?: [Uint8Array, string],
  ) => {
    const token = await c.csrf(`/practices/${slug}`);
    const form = new FormData();
    form.set("_csrf", token);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    if (file) form.set("file", new File([file[0] as Uint8Array<ArrayBuffer>], file[1]));
    return c.post(`/practices/${slug}/media`, form);
  };

  it("lets a coordinator add an image with alt text and an attachment, checked on their content", async () => {
    const c = who.coordinator!;
    const png = barChartPng([1, 2, 3]);
    const noAlt = await upload(c, slugs.hidden!, { kind: "image" }, [png, "grafico.png"]);
    expect(noAlt.status).toBe(422);
    expect(await noAlt.text()).toContain("Scrivi il testo alternativo dell&#39;immagine.");
    const liar = await upload(c, slugs.hidden!, { kind: "image", alt: "Un grafico" }, [
      new TextEncoder().encode("<html>not an image</html>"),
      "finto.png",
    ]);
    expect(liar.status).toBe(422);
    const liarPage = await liar.text();
    expect(liarPage).toContain("non è un&#39;immagine che possiamo leggere");
    expect(liarPage).toContain('value="Un grafico"'); // input kept
    const ok = await upload(
      c,
      slugs.hidden!,
      { kind: "image", alt: "Prestiti per anno: 1, 2, 3", title: "Prestiti" },
      [png, "grafico.png"],
    );
    expect(ok.status).toBe(303);
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
    expect(
      (await upload(c, slugs.hidden!, { kind: "attachment", title: "Rapporto" }, [pdf, "rapporto.pdf"]))
        .status,
    ).toBe(303);

    const page = await html(c, `/practices/${slugs.hidden}`);
    expect(page).toMatch(/<img src="\/practices\/[^"]+\/media\/[^"]+" alt="Prestiti per anno: 1, 2, 3"/);
    expect(page).toMatch(/download="rapporto\.pdf">Rapporto<\/a>/);
    const src = /<img src="([^"]+)"/.exec(page)![1]!;
    const file = await who.member!.get(src);
    expect(file.status).toBe(200);
    // The image pipeline's JPEG, not the PNG that was sent.
    expect(file.headers.get("content-type")).toBe("image/jpeg");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    // The file is exactly as visible as its practice.
    expect((await who.anonymous!.get(src)).status).toBe(404);
    expect((await who["other-coordinator"]!.get(src)).status).toBe(404);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!);
    expect(ld.image[0].description).toBe("Prestiti per anno: 1, 2, 3");
    expect(ld.associatedMedia[0].encodingFormat).toBe("application/pdf");

    // Removing it takes the file away.
    const id = src.split("/").pop()!;
    const token = await c.csrf(`/practices/${slugs.hidden}`);
    expect((await c.post(`/practices/${slugs.hidden}/media/${id}/delete`, { _csrf: token })).status).toBe(
      303,
    );
    expect((await who.member!.get(src)).status).toBe(404);
  });

  it("stores a phone photo as a JPEG with no GPS, camera data, XMP or IPTC, and refuses HEIC by name", async () => {
    const c = who.coordinator!;
    const photo = await phonePhoto(2400, 1800);
    expect((await exifr.gps(photo))?.latitude).toBeCloseTo(PHONE_GPS.latitude, 2);
    const ok = await upload(c, slugs.a!, { kind: "image", alt: "La sala lettura" }, [photo, "IMG_0042.png"]);
    expect(ok.status).toBe(303);
    const src = new RegExp(`<img src="(/practices/${slugs.a}/media/[^"]+)" alt="La sala lettura"`).exec(
      await html(c, `/practices/${slugs.a}`),
    )![1]!;
    const res = await c.get(src);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.headers.get("content-disposition")).toContain('filename="IMG_0042.jpg"');
    const served = Buffer.from(await res.arrayBuffer());
    expect(
      await exifr.parse(served, { tiff: true, gps: true, xmp: true, iptc: true, icc: true }),
    ).toBeUndefined();
    expect(await sharp(served).metadata()).toMatchObject({ format: "jpeg", width: 2048, height: 1536 });
    // What the store holds is that JPEG, with its thumbnail beside it.
    const row = await sql<{ file_key: string; byte_size: number }>`
      select file_key, byte_size from practice_media where id = ${src.split("/").pop()}`.execute(t.deps.db);
    const stored = await t.deps.files.get(row.rows[0]!.file_key);
    expect(Buffer.from(stored!.bytes).equals(served)).toBe(true);
    expect(row.rows[0]!.byte_size).toBe(served.byteLength);
    expect(await t.deps.files.get(thumbnailKey(row.rows[0]!.file_key))).toBeDefined();

    const heic = await upload(c, slugs.a!, { kind: "image", alt: "Foto" }, [heicLike(), "IMG_0043.jpg"]);
    expect(heic.status).toBe(422);
    expect(await heic.text()).toContain(
      "Le foto HEIC/HEIF (il formato predefinito degli iPhone) non sono accettate",
    );
  });

  it("refuses an attachment above 10 MB with a message on the page", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode("%PDF-1.4\n"));
    const r = await upload(who.coordinator!, slugs.a!, { kind: "attachment", title: "Troppo grande" }, [
      big,
      "big.pdf",
    ]);
    expect(r.status).toBe(413);
    const page = await r.text();
    expect(page).toContain("Il file è troppo grande.");
    expect(page).toContain('value="Troppo grande"');
  });

  it("draws a CSV figures table as a chart on the practice page, and refuses a CSV that is not one", async () => {
    const c = who.coordinator!;
    const bytes = (s: string) => new TextEncoder().encode(s);
    const wrong = await upload(c, slugs.a!, { kind: "attachment", title: "Dati" }, [
      bytes("a,b,c\n1,2,3\n"),
      "dati.csv",
    ]);
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain("Il file CSV deve essere una tabella di due colonne");
    const png = await upload(c, slugs.a!, { kind: "attachment" }, [barChartPng([1]), "finto.csv"]);
    expect(png.status).toBe(422);
    // Semicolons and decimal commas, as an Italian spreadsheet writes them.
    const ok = await upload(c, slugs.a!, { kind: "attachment", title: "Persone formate per paese" }, [
      bytes("Paese;Persone formate\r\nFinlandia;12\r\nItalia;1234,5\r\n"),
      "formazione.csv",
    ]);
    expect(ok.status).toBe(303);
    const page = await html(who.anonymous!, `/practices/${slugs.a}`);
    const chart = page.slice(page.indexOf('<div class="chart chart-bar"'));
    expect(chart).toContain(
      '<figcaption class="chart-finding">Persone formate: il valore più alto è Italia, con 1.234,5.</figcaption>',
    );
    expect([...chart.matchAll(/class="chart-value"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual([
      "1.234,5",
      "12",
    ]);
    expect(chart).toMatch(/<title id="figure-[0-9a-f-]+-title">Persone formate per paese<\/title>/);
    expect(page).toMatch(/download="formazione\.csv">Persone formate per paese<\/a>/);
    expect(page).toContain("(CSV, 1 KB)");
    const en = await html(who.anonymous!, `/practices/${slugs.a}?lang=en`);
    expect(en).toContain("Persone formate: the highest value is Italia, with 1,234.5.");
    await html(who.anonymous!, "/practices?lang=it");
  });

  it("offers the upload form to coordinators only and refuses others' uploads", async () => {
    expect(await html(who.coordinator!, `/practices/${slugs.a}`)).toContain('enctype="multipart/form-data"');
    expect(await html(who.member!, `/practices/${slugs.a}`)).not.toContain('enctype="multipart/form-data"');
    const png = barChartPng([1]);
    const r = await upload(who.member!, slugs.a!, { kind: "image", alt: "x" }, [png, "x.png"]);
    expect(r.status).toBe(403);
    const other = await upload(who["other-coordinator"]!, slugs.a!, { kind: "image", alt: "x" }, [
      png,
      "x.png",
    ]);
    expect(other.status).toBe(403);
  });
});
