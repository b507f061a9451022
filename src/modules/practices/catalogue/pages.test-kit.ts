// What the catalogue page tests share (pages.list, .practice and .media test files): a network with a
// client per role, two organisations, practices to find (one with hostile Markdown, one in English,
// one for the network only, a draft, twelve more to page through), and a page fetched with its
// status checked. `usePracticePages()` registers the file's beforeAll/afterAll.
import { afterAll, beforeAll, expect } from "vitest";
import type { Client } from "../../../../test/helpers/client.ts";
import { actorFor, buildNetwork, buildOrganisation } from "../../../../test/helpers/factories.ts";
import { buildPractice } from "../../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";

export type PracticePages = {
  t: TestRuntime;
  net: { id: string; slug: string };
  who: Record<string, Client>;
  /** Slugs of the practices a, b (English), hidden (network only) and draft. */
  slugs: Record<string, string>;
};

export function usePracticePages(): PracticePages {
  // t and net are set by beforeAll; a test file reads them from its own hooks and tests.
  const world = { who: {}, slugs: {} } as PracticePages;
  const { who, slugs } = world;
  beforeAll(async () => {
    const t = await createTestRuntime();
    world.t = t;
    const net = await buildNetwork(t, { name: "Rete delle biblioteche di prova" });
    world.net = net;
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
    const draft = await buildPractice(t, {
      title: "Bozza non pubblicata",
      status: "draft",
      networkId: net.id,
    });
    for (let i = 1; i <= 12; i++)
      await buildPractice(t, {
        title: `Itinerario turistico numero ${i}`,
        themes: ["tourism"],
        startYear: 2010 + i,
      });
    Object.assign(slugs, { a: a.slug, b: b.slug, hidden: hidden.slug, draft: draft.slug });
  }, 60_000);
  afterAll(() => world.t?.close());
  return world;
}

export const html = async (c: Client, path: string, status = 200) => {
  const r = await c.get(path);
  expect({ path, status: r.status }).toEqual({ path, status });
  return r.text();
};
