// A practice's page: Markdown made safe, contact only for signed-in people, JSON-LD that parses,
// related practices and funding calls, visibility → 404. Set-up shared through catalogue/pages.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { buildCall } from "../../../../test/helpers/funding.ts";
import type { TestRuntime } from "../../../../test/helpers/runtime.ts";
import { html, type PracticePages, usePracticePages } from "./pages.test-kit.ts";

const world = usePracticePages();
const { who, slugs } = world;
let t: TestRuntime;
let net: PracticePages["net"];
beforeAll(() => {
  ({ t, net } = world);
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
