// Search behaviour on the embedded database and (with DATABASE_URL) PostgreSQL: stemming in both
// languages, accents, typos, weighting, safe snippets, facets over the whole set, filters, paging.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNetwork, buildOrganisation } from "../../../../test/helpers/factories.ts";
import { buildPractice } from "../../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { newId } from "../../../platform/ids.ts";
import { insertPractices } from "../catalogue/repo.ts";
import { practiceRow } from "../catalogue/service.ts";
import { type Practice, searchPractices, segmentsToHtml } from "../index.ts";
import { PracticeInput } from "../schema.ts";
import { CAP, PHRASE_CANDIDATES, PHRASE_CAP, SAMPLE, SAMPLE_SMALL } from "./repo.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const search = (q: Record<string, unknown>) => searchPractices(t.deps, null, q);
const ids = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);

describe("language understanding", () => {
  it("stems Italian and English", async () => {
    const it1 = await buildPractice(t, {
      title: "La biblioteca di quartiere",
      summary: "Prestiti a domicilio.",
    });
    const en1 = await buildPractice(t, {
      title: "Library outreach on social media",
      summary: "Reaching readers where they are.",
      language: "en",
    });
    expect(ids(await search({ q: "biblioteche" }))).toContain(it1.id);
    expect(ids(await search({ q: "libraries" }))).toContain(en1.id);
    expect(ids(await search({ q: "reached reader" }))).toContain(en1.id);
  });

  it("ignores accents in both directions", async () => {
    const p = await buildPractice(t, {
      title: "Accessibilità dei siti comunali",
      summary: "Verifiche con le persone.",
    });
    const q = await buildPractice(t, {
      title: "Una citta piu vivibile",
      summary: "Senza accenti nel testo.",
    });
    expect(ids(await search({ q: "accessibilita" }))).toContain(p.id);
    expect(ids(await search({ q: "ACCESSIBILITÀ" }))).toContain(p.id);
    expect(ids(await search({ q: "città più vivibile" }))).toContain(q.id);
  });

  it("tolerates typos in titles and summaries, and says which word it used", async () => {
    const p = await buildPractice(t, {
      title: "Una biblioteca partecipata",
      summary: "Il patto con i lettori.",
    });
    const s = await buildPractice(t, {
      title: "Registro",
      summary: "Coprogettazione con le associazioni del territorio.",
    });
    const r = await search({ q: "bibloteca" });
    expect(ids(r)).toContain(p.id);
    expect(r.corrections).toEqual([{ from: "bibloteca", to: "biblioteca" }]);
    expect(ids(await search({ q: "coprogetazione" }))).toContain(s.id);
    // A correct word is not "corrected".
    expect((await search({ q: "biblioteca" })).corrections).toEqual([]);
  });

  it("ranks a title match above a body match", async () => {
    const body = await buildPractice(t, {
      title: "Un progetto qualunque",
      summary: "Niente di speciale.",
      problem: "La ciclofficina, la ciclofficina e ancora la ciclofficina.",
      solution: "Una ciclofficina aperta.",
    });
    const summary = await buildPractice(t, {
      title: "Altro progetto",
      summary: "Nasce una ciclofficina di quartiere.",
    });
    const title = await buildPractice(t, { title: "La ciclofficina del Comune", summary: "Riparazioni." });
    expect(ids(await search({ q: "ciclofficina" }))).toEqual([title.id, summary.id, body.id]);
  });

  it("reads the query in the filtered language only", async () => {
    // "museo" read as Italian is 'muse', which is also the English stem of "muse".
    const en = await buildPractice(t, {
      title: "The muse of the harbour",
      summary: "Poems.",
      language: "en",
    });
    const it1 = await buildPractice(t, { title: "Il museo del porto", summary: "Poesie." });
    expect(ids(await search({ q: "museo" }))).toEqual(expect.arrayContaining([en.id, it1.id]));
    expect(ids(await search({ q: "museo", language: "it" }))).toEqual([it1.id]);
    expect(ids(await search({ q: "museo", language: "en" }))).toEqual([]);
    expect(ids(await search({ q: "muse", language: "en" }))).toEqual([en.id]);
  });

  it("supports websearch syntax: phrases, or, exclusion; stop words alone find nothing", async () => {
    const a = await buildPractice(t, { title: "Orto urbano condiviso", summary: "Orto sul tetto." });
    const b = await buildPractice(t, { title: "Giardino urbano", summary: "Condiviso tra scuole." });
    expect(ids(await search({ q: '"orto urbano"' }))).toEqual([a.id]);
    // Phrases are narrowed by codes of their adjacent word pairs (migration 202612091000): a stop
    // word inside, a hyphenated word (its parts are positions of their own), words across the title
    // and the summary, and a phrase of one practice's words in another order.
    const c = await buildPractice(t, {
      title: "Servizio e-mail della biblioteca",
      summary: "Prestito digitale per tutti.",
      language: "it",
    });
    expect(ids(await search({ q: '"servizio e-mail"' }))).toEqual([c.id]);
    expect(ids(await search({ q: '"e-mail della biblioteca"' }))).toEqual([c.id]);
    expect(ids(await search({ q: '"biblioteca prestito"' }))).toEqual([c.id]);
    expect(ids(await search({ q: '"urbano orto"' }))).toEqual([]);
    expect(ids(await search({ q: '"orto urbano" -giardino' }))).toEqual([a.id]);
    expect(new Set(ids(await search({ q: "orto or giardino" })))).toEqual(new Set([a.id, b.id]));
    expect(ids(await search({ q: "urbano -giardino" }))).toEqual([a.id]);
    expect((await search({ q: "il di" })).total).toBe(0);
    // Also with a filter (matched as index lexemes beside the words): still nothing.
    expect((await search({ q: "il di", language: "it", theme: "heritage" })).total).toBe(0);
  });
});

describe("snippets", () => {
  it("highlights matches and escapes whatever HTML the source holds", async () => {
    await buildPractice(t, { title: 'Sportello zanzariere & "reti"', summary: "Un servizio semplice." });
    await buildPractice(t, {
      title: "Sito comunale",
      summary: "Un servizio rinnovato.",
      problem:
        'Il vecchio sito mostrava <script>alert("x")</script> e le ragnatele **ovunque**, costi < 5 euro & più.',
    });
    const [hit] = (await search({ q: "zanzariere" })).items;
    expect(segmentsToHtml(hit!.highlight.title)).toBe(
      "Sportello <mark>zanzariere</mark> &amp; &quot;reti&quot;",
    );
    expect(segmentsToHtml(hit!.highlight.text)).toBe("Un servizio semplice.");
    // Only the body matches: the snippet comes from it, Markdown marks removed, tags dropped by
    // ts_headline and every remaining special character escaped.
    const [body] = (await search({ q: "ragnatele" })).items;
    const text = segmentsToHtml(body!.highlight.text);
    expect(text).toContain("alert(&quot;x&quot;)");
    expect(text).toContain("costi &lt; 5 euro &amp; più");
    expect(text).not.toMatch(/<(?!\/?mark>)/);
    expect(text).toContain("<mark>ragnatele</mark> ovunque");
  });
});

describe("facets, filters and paging", () => {
  let net: { id: string; slug: string };
  let made: Practice[] = [];
  beforeAll(async () => {
    net = await buildNetwork(t);
    const museum = await buildOrganisation(t, { type: "museum" });
    const library = await buildOrganisation(t, { type: "library" });
    for (let i = 0; i < 12; i++) {
      made.push(
        await buildPractice(t, {
          title: `Quadrifoglio ${i}`,
          summary: "Prova di faccette.",
          themes: i % 3 === 0 ? ["museums", "inclusion"] : ["libraries"],
          country: i % 4 === 0 ? "FR" : "IT",
          language: i % 2 === 0 ? "it" : "en",
          startYear: 2010 + i,
          endYear: i % 2 === 0 ? null : 2012 + i,
          networkId: i < 5 ? net.id : null,
          organisationIds: [i % 3 === 0 ? museum.id : library.id],
        }),
      );
      t.clock.advance(1000);
    }
    made = made.reverse(); // newest first
  });

  it("counts facets over the whole result set, not the page", async () => {
    const r = await search({ q: "quadrifoglio", limit: 5 });
    expect(r.items).toHaveLength(5);
    expect(r.total).toBe(12);
    expect(r.facetsExact).toBe(true);
    expect(r.totalExact).toBe(true);
    expect(r.facets.theme).toEqual([
      { value: "libraries", count: 8 },
      { value: "inclusion", count: 4 },
      { value: "museums", count: 4 },
    ]);
    expect(r.facets.orgType).toEqual([
      { value: "library", count: 8 },
      { value: "museum", count: 4 },
    ]);
    expect(r.facets.country).toEqual([
      { value: "IT", count: 9 },
      { value: "FR", count: 3 },
    ]);
    expect(r.facets.language).toEqual([
      { value: "en", count: 6 },
      { value: "it", count: 6 },
    ]);
    expect(r.facets.network).toEqual([{ value: net.id, count: 5 }]);
    // i = 1 runs 2011–2013, i = 0 2010–ongoing…: in 2013 i = 0, 1 (until 2013), 2, 3 are active.
    expect(r.facets.year.find((y) => y.value === 2013)?.count).toBe(4);
  });

  it("filters by theme, organisation type, country, language, network id or slug", async () => {
    const total = async (q: Record<string, unknown>) => (await search({ q: "quadrifoglio", ...q })).total;
    expect(await total({ theme: "museums" })).toBe(4);
    expect(await total({ theme: "museums,libraries" })).toBe(12);
    expect(await total({ orgType: "library" })).toBe(8);
    expect(await total({ country: "fr" })).toBe(3);
    expect(await total({ language: "en" })).toBe(6);
    expect(await total({ network: net.id })).toBe(5);
    expect(await total({ network: net.slug })).toBe(5);
    expect(await total({ network: "no-such-network" })).toBe(0);
    expect(await total({ theme: "museums", country: "FR" })).toBe(1); // only i = 0 is both
  });

  it("selects practices active in a year; no end year means ongoing", async () => {
    const years = async (year: number) =>
      (await search({ q: "quadrifoglio", year, limit: 100 })).items.map((h) => h.title).sort();
    // Started by 2013 (i ≤ 3) and not ended before: i = 0 (ongoing), 1 (to 2013), 2 (ongoing), 3 (to 2015).
    expect(await years(2013)).toEqual([
      "Quadrifoglio 0",
      "Quadrifoglio 1",
      "Quadrifoglio 2",
      "Quadrifoglio 3",
    ]);
    expect(await years(2009)).toEqual([]);
    const later = await years(2030);
    expect(later).toEqual([
      "Quadrifoglio 0",
      "Quadrifoglio 10",
      "Quadrifoglio 2",
      "Quadrifoglio 4",
      "Quadrifoglio 6",
      "Quadrifoglio 8",
    ]);
    // The index holds active years up to 2050 (ongoing practices: to 2050); later ones are checked
    // on the row only, and still find the ongoing practices.
    expect(await years(2050)).toEqual(later);
    expect(await years(2051)).toEqual(later);
    // A listing (no query) narrows by the same year lexemes.
    const listed = (await search({ year: 2013, limit: 100 })).items.map((h) => h.title).sort();
    expect(listed).toEqual(["Quadrifoglio 0", "Quadrifoglio 1", "Quadrifoglio 2", "Quadrifoglio 3"]);
  });

  it("pages with the list envelope and sorts by date or relevance", async () => {
    const p1 = await search({ q: "quadrifoglio", sort: "date", limit: 5, page: 1 });
    const p3 = await search({ q: "quadrifoglio", sort: "date", limit: 5, page: 3 });
    expect(p1).toMatchObject({ total: 12, page: 1, limit: 5, sort: "date" });
    expect(ids(p1)).toEqual(made.slice(0, 5).map((p) => p.id));
    expect(ids(p3)).toEqual(made.slice(10).map((p) => p.id));
    const all = await search({ limit: 100 });
    expect(all.sort).toBe("date");
    expect(ids(all).slice(0, 12)).toEqual(made.map((p) => p.id));
    const rel = await search({ q: "quadrifoglio", limit: 100 });
    expect(rel.sort).toBe("relevance");
    expect(new Set(ids(rel))).toEqual(new Set(made.map((p) => p.id)));
    await expect(search({ limit: 101 })).rejects.toMatchObject({ status: 422 });
    await expect(search({ theme: "knitting" })).rejects.toMatchObject({ status: 422 });
    await expect(search({ page: 0 })).rejects.toMatchObject({ status: 422 });
  });
});

/**
 * `n` published practices titled "`word` i", half tourism, every fourth of the rest heritage (or all
 * of `o.theme`), with the given ids when there are some.
 */
async function insertMany(word: string, n: number, o: { ids?: string[]; theme?: "social-media" } = {}) {
  const rows = [];
  const now = t.clock.now();
  for (let i = 0; i < n; i++) {
    const d = PracticeInput.parse({
      title: `${word} ${i}`,
      summary: "Tanti risultati.",
      country: "IT",
      language: "it",
      themes: o.theme ? [o.theme] : i % 2 ? ["tourism"] : i % 4 ? ["libraries"] : ["heritage"],
    });
    const id = o.ids?.[i] ?? newId();
    rows.push(
      practiceRow(d, {
        id,
        slug: `${word.toLowerCase()}-${id}`,
        status: "published",
        orgTypes: [],
        createdBy: null,
        now,
      }),
    );
  }
  for (let i = 0; i < rows.length; i += 100) await insertPractices(t.deps.db, rows.slice(i, i + 100));
}

describe("large result sets", () => {
  it(`estimates total and facets above ${CAP} matches, and says so`, async () => {
    await insertMany("Girasole", CAP + 300);
    const r = await search({ q: "girasole", limit: 10 });
    expect(r.totalExact).toBe(false);
    expect(Math.abs(r.total - (CAP + 300))).toBeLessThan((CAP + 300) * 0.15);
    expect(r.facetsExact).toBe(false);
    const tourism = r.facets.theme.find((f) => f.value === "tourism")?.count ?? 0;
    expect(Math.abs(tourism - (CAP + 300) / 2)).toBeLessThan((CAP + 300) * 0.1);
    expect(r.items).toHaveLength(10);
    // Newest first through the index walk (the match set is over CAP).
    const byDate = await search({ q: "girasole", sort: "date", limit: 10, page: 2 });
    expect(byDate.items.map((h) => h.title)).toEqual(
      Array.from({ length: 10 }, (_, k) => `Girasole ${CAP + 300 - 11 - k}`),
    );
    const exact = await search({ q: "girasole", theme: "tourism" });
    expect(exact).toMatchObject({ total: (CAP + 300) / 2, totalExact: true, facetsExact: true });
    // A quoted phrase is sampled on fewer rows (PHRASE_CAP): still an estimate of the whole set.
    // Here it comes from the 1-in-SAMPLE sample (≈ 160 of the 1,300 rows, by a hash of their
    // random ids): ± 7 % for one standard deviation, so the bound is 4 of them.
    const phrase = await search({ q: '"tanti risultati"', limit: 10 });
    expect(PHRASE_CAP).toBeLessThan(CAP);
    expect(phrase).toMatchObject({ totalExact: false, facetsExact: false });
    expect(Math.abs(phrase.total - (CAP + 300))).toBeLessThan((CAP + 300) * 0.3);
    expect(phrase.items).toHaveLength(10);
    const one = await search({ q: '"girasole 7"' });
    expect(one).toMatchObject({ total: 1, totalExact: true, facetsExact: true });
    expect(one.items.map((h) => h.title)).toEqual(["Girasole 7"]);
  }, 60_000);

  it(`matches a word of more than ${(2 * CAP) / 1000},000 practices on the 1-in-${SAMPLE} sample`, async () => {
    const n = 3 * CAP;
    await insertMany("Tulipano", n);
    const r = await search({ q: "tulipano", limit: 10 });
    // The sample holds n / SAMPLE matches on average (± 5 % here): the estimate is scaled from it.
    expect(r).toMatchObject({ totalExact: false, facetsExact: false });
    expect(Math.abs(r.total - n)).toBeLessThan(n * 0.2);
    const tourism = r.facets.theme.find((f) => f.value === "tourism")?.count ?? 0;
    expect(Math.abs(tourism - n / 2)).toBeLessThan(n * 0.15);
    // Scaled from the sample: every count is a multiple of SAMPLE (from the full index's first rows
    // they would be scaled by total / 1,001).
    expect([r.total, ...r.facets.theme.map((f) => f.count)].every((c) => c % SAMPLE === 0)).toBe(true);
    // Equal ranks: the newest title matches first, found by the walk of the newest rows.
    expect(r.items.map((h) => h.title)).toEqual(
      Array.from({ length: 10 }, (_, k) => `Tulipano ${n - 1 - k}`),
    );
    const byDate = await search({ q: "tulipano", sort: "date", limit: 10, page: 3 });
    expect(byDate.items.map((h) => h.title)).toEqual(
      Array.from({ length: 10 }, (_, k) => `Tulipano ${n - 21 - k}`),
    );
    // A listing of more than 2 × CAP practices is counted on the sample too (an estimate, said so).
    const visible = await sql<{ n: number }>`select count(*)::int as n from practice_search
      where visibility = 'public'`.execute(t.deps.db);
    const everything = visible.rows[0]!.n;
    const listing = await search({ limit: 5 });
    expect(listing).toMatchObject({ totalExact: false, facetsExact: false });
    expect(Math.abs(listing.total - everything)).toBeLessThan(everything * 0.2);
    expect(listing.items).toHaveLength(5);
    // Two filters: the set is read first, up to 2 × CAP rows — exact below, estimated above.
    const twoFilters = await search({ language: "it", country: "IT", limit: 5 });
    expect(twoFilters).toMatchObject({ totalExact: false, facetsExact: false });
    expect(twoFilters.total).toBeGreaterThan(2 * CAP);
    const heritageIT = await sql<{ n: number }>`select count(*)::int as n from practice_search
      where visibility = 'public' and country = 'IT' and 'heritage' = any(themes)`.execute(t.deps.db);
    expect(heritageIT.rows[0]!.n).toBeLessThanOrEqual(2 * CAP);
    expect(await search({ theme: "heritage", country: "IT", limit: 5 })).toMatchObject({
      total: heritageIT.rows[0]!.n,
      totalExact: true,
    });
    // The words of a phrase share all 4,300 practices but the phrase is in none. Only the first
    // PHRASE_CANDIDATES candidates would be checked (an estimate), but the code of the pair
    // "risultati tanti" is in no practice's index either: no candidate at all, an exact 0.
    expect(n + CAP + 300).toBeGreaterThan(PHRASE_CANDIDATES);
    expect(await search({ q: '"risultati tanti"' })).toMatchObject({
      total: 0,
      totalExact: true,
      items: [],
    });
    // A filter that leaves fewer than CAP matches: exact again, from the full index.
    const heritage = await search({ q: "tulipano", theme: "heritage" });
    expect(heritage).toMatchObject({ total: n / 4, totalExact: true, facetsExact: true });
    expect(heritage.facets.theme).toEqual([{ value: "heritage", count: n / 4 }]);
  }, 60_000);
});

describe("a listing of a very large set", () => {
  it(`counts a listing on the 1-in-${SAMPLE_SMALL} sample when it holds enough rows`, async () => {
    // Last in the file: these practices fill the sample beyond their number, as no real set does.
    // Ids that fall in the 1-in-64 sample (the low six bits of their hash zero): 300 of them are what
    // a set of ≈ 19,000 practices holds there, so the listing is counted and faceted on that sample
    // alone — scaled by 64, an estimate, said so. (The real set is 300: the ids were chosen.)
    const { rows } = await sql<{ id: string }>`select id::text from (select gen_random_uuid() as id
      from generate_series(1, 60000)) x where (uuid_hash(id) & 63) = 0 limit 300`.execute(t.deps.db);
    expect(rows).toHaveLength(300);
    await insertMany("Girandola", 300, { ids: rows.map((r) => r.id), theme: "social-media" });
    const r = await search({ theme: "social-media", limit: 5 });
    expect(r).toMatchObject({ totalExact: false, facetsExact: false });
    expect(r.total % SAMPLE_SMALL).toBe(0);
    expect(r.total).toBeGreaterThanOrEqual(300 * SAMPLE_SMALL);
    expect(r.facets.theme.find((f) => f.value === "social-media")?.count).toBe(r.total);
    expect(r.facets.country.every((f) => f.count % SAMPLE_SMALL === 0)).toBe(true);
    // The page itself is the newest of the whole set (published together: by id, descending).
    const newest = rows
      .map((x, i) => ({ id: x.id, title: `Girandola ${i}` }))
      .sort((a, b) => (a.id < b.id ? 1 : -1))
      .slice(0, 5);
    expect(r.items.map((h) => h.title)).toEqual(newest.map((x) => x.title));
  }, 60_000);
});
