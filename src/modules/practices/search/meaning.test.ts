// Search finds what a person means (issue 14, items 1–4), on the demo catalogue, on the embedded
// database and (with DATABASE_URL) PostgreSQL: theme words in either language find every practice of
// the theme, text and theme above theme only; word families bridge derivations and languages; many
// words rank full matches first, then partial ones, marked; phrases stay strict; and the results page
// suggests the theme, keeps URLs clean and leads to the results heading.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../../test/helpers/demo.ts";
import { buildPractice } from "../../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { DEMO_PRACTICES } from "../demo.data.ts";
import { type Practice, searchPractices } from "../index.ts";
import type { Theme } from "../themes.ts";

let t: TestRuntime;
let alzheimer: Practice;
let dementia: Practice;
let justPublished: Practice;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
  // Reported by a museum (the issue's example), and an English twin from another country.
  alzheimer = await buildPractice(t, {
    title: "Memorie in galleria",
    summary: "Percorsi museali guidati per persone con Alzheimer e per chi le assiste.",
    themes: ["inclusion"],
  });
  dementia = await buildPractice(t, {
    title: "Dementia-friendly mornings",
    summary: "Quiet guided visits at the city museum for people living with dementia and their carers.",
    language: "en",
    country: "IE",
    themes: ["inclusion", "museums"],
  });
  justPublished = await buildPractice(t, {
    title: "Sportello unico comunale",
    summary: "Servizi accessibili a tutti, in presenza e in rete.",
    themes: ["accessibility"],
  });
}, 120_000);
afterAll(() => t.close());

const search = (q: Record<string, unknown>) => searchPractices(t.deps, null, { limit: 20, ...q });
const titles = (r: { items: { title: string; partial: boolean }[] }) =>
  r.items.filter((i) => !i.partial).map((i) => i.title);
const publicWithTheme = (theme: Theme) =>
  DEMO_PRACTICES.filter((d) => (d.visibility ?? "public") === "public" && d.themes.includes(theme)).map(
    (d) => d.title,
  );

describe("theme words", () => {
  it.each(["accessibilità", "accessibility", "Accessibilita"])(
    "%s finds every practice of the theme, in either language, text and theme first",
    async (q) => {
      const r = await search({ q });
      const found = titles(r);
      const theme = publicWithTheme("accessibility");
      expect(theme).toHaveLength(8);
      for (const title of theme) expect(found).toContain(title);
      // The issue's practice just published: the theme and "accessibili a tutti".
      expect(found).toContain(justPublished.title);
      // Says it in its text and carries the theme, above one that only carries the theme.
      expect(found.indexOf("Accessible digital collections: alt text at scale")).toBeLessThan(
        found.indexOf("Realtà aumentata per il castello visconteo"),
      );
      expect(r.namedThemes).toEqual([{ value: "accessibility", count: 9 }]);
    },
  );

  it.each(["inclusione", "inclusion", "inclusiva"])("%s finds every practice of Inclusione", async (q) => {
    const found = titles(await search({ q }));
    for (const title of publicWithTheme("inclusion")) expect(found).toContain(title);
    expect(found).toContain(alzheimer.title);
  });

  it("does not take a word for a theme because of its stem ('comune' is not Comunicazione)", async () => {
    const r = await search({ q: "comune" });
    expect(r.namedThemes).toEqual([]);
    expect(titles(r)).not.toContain("Public event for citizens at the final conference");
  });
});

describe("word families and many words", () => {
  it.each(["inclusione digitale", "digital inclusion"])(
    "%s finds the library's digital help desk among the full matches",
    async (q) => {
      const r = await search({ q });
      expect(titles(r)).toContain("Sportello digitale in biblioteca per i cittadini");
      // Practices with only one of the words follow, marked, after every full match.
      const firstPartial = r.items.findIndex((i) => i.partial);
      expect(firstPartial).toBeGreaterThanOrEqual(r.total);
      expect(r.items.slice(firstPartial).every((i) => i.partial && i.missing.length === 1)).toBe(true);
    },
  );

  it.each(["alzheimer musei", "alzheimer museums", "demenza museo"])(
    "%s finds museum visits for people with Alzheimer's, in both languages",
    async (q) => {
      const found = titles(await search({ q }));
      expect(found).toContain(alzheimer.title);
      expect(found).toContain(dementia.title);
    },
  );

  it("follows full matches with practices holding most of the words, the rarer word first", async () => {
    // No practice holds both words: the rarer one's practices come first, each marked with what it lacks.
    const r = await search({ q: "alzheimer biblioteche" });
    expect(r.total).toBe(0);
    expect(r.items.length).toBeGreaterThan(2);
    expect(r.items.every((i) => i.partial)).toBe(true);
    expect(
      r.items
        .slice(0, 2)
        .map((i) => i.title)
        .sort(),
    ).toEqual([dementia.title, alzheimer.title].sort());
    expect(r.items[0]!.missing).toEqual(["biblioteche"]);
    expect(r.items.find((i) => i.title === "Biblioteca diffusa Castelli Romani")?.missing).toEqual([
      "alzheimer",
    ]);
    // A page of full matches leaves no room for partial ones; nor does a later page or a date order.
    expect((await search({ q: "musei social", limit: 1 })).items.every((i) => !i.partial)).toBe(true);
    expect((await search({ q: "alzheimer podcast", sort: "date" })).items).toEqual([]);
    expect((await search({ q: "alzheimer podcast", page: 2 })).items).toEqual([]);
  });

  it("keeps quoted phrases strict: no partial matches, no widening", async () => {
    expect((await search({ q: '"alzheimer podcast"' })).items).toEqual([]);
    const phrase = titles(await search({ q: '"accessibili a tutti"' }));
    expect(phrase).toContain(justPublished.title);
    expect(phrase).not.toContain("Realtà aumentata per il castello visconteo");
  });
});

describe("results page", () => {
  const page = async (path: string) => {
    const res = await t.app.request(path);
    return { status: res.status, location: res.headers.get("location"), html: await res.text() };
  };

  it("suggests the theme the query names, as a link that applies its filter", async () => {
    const { html } = await page("/practices?q=accessibilit%C3%A0&lang=it");
    const chip = html.match(
      /<a class="chip chip-simple practice-theme-suggestion" href="([^"]+)">(.*?)<\/a>/s,
    );
    expect(chip?.[2]).toContain("Tema: Accessibilità (9)");
    expect(chip?.[1]).toBe("/practices?q=accessibilit%C3%A0&amp;theme=accessibility#results");
    const filtered = await page("/practices?q=accessibilit%C3%A0&theme=accessibility&lang=it");
    expect(filtered.html).toContain('<span id="result-count">9 buone pratiche trovate</span>');
    expect(filtered.html).not.toContain("practice-theme-suggestion");
    const en = await page("/practices?q=museums&lang=en");
    expect(en.html).toMatch(/Theme: Museums \(\d+\)/);
  });

  it("marks partial matches in words, after a note", async () => {
    const { html } = await page("/practices?q=alzheimer+podcast&lang=it");
    expect(html).toContain('<span id="result-count">0 buone pratiche trovate</span>');
    expect(html).toMatch(
      /<p id="partial-note" class="fw-semibold">Seguono \d+ buone pratiche che contengono solo alcune/,
    );
    expect(html).toContain(
      '<span class="badge practice-partial">Corrispondenza parziale</span> non contiene: podcast',
    );
    expect(html).not.toContain("Nessuna buona pratica");
    const en = await page("/practices?q=alzheimer+podcast&lang=en");
    expect(en.html).toContain("Partial match</span> does not contain: podcast");
  });

  it("redirects a search with empty fields to its clean URL, keeping the filters", async () => {
    const r = await page("/practices?q=musei&sort=&year=&theme=museums&theme=inclusion&network=&page=");
    expect(r.status).toBe(303);
    expect(r.location).toBe("/practices?q=musei&theme=museums&theme=inclusion");
    const all = await page("/practices?q=&sort=");
    expect(all.status).toBe(303);
    expect(all.location).toBe("/practices");
    expect((await page("/practices?q=musei&theme=museums")).status).toBe(200);
  });

  it("leads the search to the results heading, which names the count, with one relevance order", async () => {
    const { html } = await page("/practices?q=musei&lang=it");
    expect(html).toContain('action="/practices#results"');
    expect(html).toMatch(/<h2 id="results" class="h4" tabindex="-1">/);
    expect(html).toContain('<script type="module" src="/static/app/practices.js"></script>');
    const sort = html.match(/<select id="sort" name="sort"[^>]*>(.*?)<\/select>/s)?.[1] ?? "";
    expect([...sort.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual(["", "date"]);
    expect(sort).not.toContain("Predefinito");
    const script = await t.app.request("/static/app/practices.js");
    expect(script.status).toBe(200);
    expect(await script.text()).toContain("heading.focus()");
  });
});
