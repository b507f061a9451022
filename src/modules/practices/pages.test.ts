// The catalogue's pages: the list (filters with counts, escaped highlighted snippets, pagination, bad
// filter values answered on the page), a practice page (Markdown made safe, contact only for signed-in
// people, JSON-LD that parses, related practices, visibility → 404) and the coordinators' uploads
// (type checked on the bytes, alt text required, files no more visible than their practice).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { actorFor, buildNetwork, buildOrganisation } from "../../../test/helpers/factories.ts";
import { buildCall } from "../../../test/helpers/funding.ts";
import { buildPractice } from "../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { barChartPng } from "./demo.ts";

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
    const byNet = await html(who.anonymous!, `/practices?network=${net.slug}&year=&language=&sort=`);
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
    expect(liarPage).toContain("controlliamo il contenuto, non il nome");
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
    expect(file.headers.get("content-type")).toBe("image/png");
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
