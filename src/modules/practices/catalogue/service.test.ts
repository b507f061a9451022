import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAccount, buildNetwork, buildOrganisation } from "../../../../test/helpers/factories.ts";
import { buildPractice } from "../../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { AppError } from "../../../platform/errors.ts";
import { createPractice, getPractice, setPracticeStatus, updatePractice } from "../index.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const base = { title: "Biblioteca diffusa", summary: "Libri ovunque.", country: "it", language: "it" };

describe("practices service", () => {
  it("stores every field, a unique slug and the organisations' types", async () => {
    const org = await buildOrganisation(t, { type: "library" });
    const net = await buildNetwork(t);
    const a = await createPractice(t.deps, {
      ...base,
      place: "Nemi",
      startYear: 2018,
      endYear: 2020,
      problem: "**Poca** comunicazione",
      solution: "Calendario condiviso",
      resources: "2 persone",
      results: "+30% prestiti",
      transferability: "Alta",
      lessons: "Coinvolgere i sindaci",
      contact: "biblio@example.org",
      website: "https://example.org",
      links: [{ url: "https://example.org/report", label: "Rapporto" }],
      themes: ["libraries", "social-media"],
      networkId: net.id,
      visibility: "network",
      organisationIds: [org.id],
    });
    expect(a).toMatchObject({
      slug: "biblioteca-diffusa",
      country: "IT",
      licence: "CC-BY-4.0",
      status: "draft",
      organisationTypes: ["library"],
      organisationIds: [org.id],
      links: [{ url: "https://example.org/report", label: "Rapporto" }],
    });
    const b = await createPractice(t.deps, base);
    expect(b.slug).toBe("biblioteca-diffusa-2");
  });

  it("refuses bad input with field errors and stores nothing", async () => {
    const bad = [
      [{ ...base, title: "x".repeat(151) }, "title"],
      [{ ...base, summary: "y".repeat(501) }, "summary"],
      [{ ...base, themes: ["knitting"] }, "themes.0"],
      [{ ...base, title: "<script>alert(1)</script>" }, "title"],
      [{ ...base, startYear: 2020, endYear: 2019 }, "endYear"],
      [{ ...base, country: "Italy" }, "country"],
      [{ ...base, language: "fr" }, "language"],
      [{ ...base, organisationIds: ["0190a000-0000-7000-8000-000000000000"] }, "organisationIds"],
      [{ ...base, extra: 1 }, "body"],
    ] as const;
    for (const [input, field] of bad) {
      const err = await createPractice(t.deps, input).catch((e: unknown) => e);
      expect(err, field).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(422);
      expect((err as AppError).fieldErrors.map((f) => f.field)).toContain(field);
    }
  });

  it("updates only the fields sent and keeps published_at", async () => {
    const p = await buildPractice(t, {
      themes: ["museums"],
      links: [{ url: "https://a.example", label: "A" }],
    });
    const published = p.publishedAt;
    const u = await updatePractice(t.deps, p.id, { title: "Nuovo titolo" });
    expect(u.title).toBe("Nuovo titolo");
    expect(u.themes).toEqual(["museums"]);
    expect(u.links).toHaveLength(1);
    expect(u.publishedAt).toEqual(published);
    await expect(updatePractice(t.deps, p.id, { endYear: 1990 })).rejects.toMatchObject({ status: 422 });
  });

  it("reads as the actor may: 404 when not visible, no contact for anonymous callers", async () => {
    const author = await buildAccount(t);
    const p = await buildPractice(t, { contact: "tel. 06 123", status: "draft", createdBy: author.id });
    await expect(getPractice(t.deps, null, p.id)).rejects.toMatchObject({ status: 404 });
    await setPracticeStatus(t.deps, p.id, "published");
    expect((await getPractice(t.deps, null, p.slug)).contact).toBeNull();
    await expect(getPractice(t.deps, null, "no-such-slug")).rejects.toMatchObject({ status: 404 });
  });
});
