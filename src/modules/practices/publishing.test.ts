// What a report's submitter gave survives publication (issue 14, item 6): the organisation they
// typed is linked — to a suggested organisation the coordinator confirms, or to one registered for
// review — and the practice page and its citation name it; the contact given with consent is shown
// to signed-in members, and its absence is not announced to anonymous visitors; sending changes
// again keeps the contact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import {
  actorFor,
  buildAccount,
  buildNetwork,
  buildOrganisation,
  signedIn,
} from "../../../test/helpers/factories.ts";
import { buildPractice } from "../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { field, fillAndSend, MANY_REPORTS, REPORT } from "../../../test/helpers/submissions.ts";
import { loadActor } from "../identity/index.ts";
import { decide } from "./workflow/moderation.service.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
let coordinator: Awaited<ReturnType<typeof actorFor>>;
let member: Client;
beforeAll(async () => {
  t = await createTestRuntime(MANY_REPORTS);
  net = await buildNetwork(t, { name: "Rete musei in digitale" });
  coordinator = await actorFor(t, "coordinator", net.id);
  member = (await actorFor(t, "member", net.id)).client;
});
afterAll(() => t.close());

const idOf = async (title: string) =>
  (await t.deps.pool.query("select id, slug from practices where title = $1", [title])).rows[0] as {
    id: string;
    slug: string;
  };

/** An anonymous report to the network; returns the practice's id and slug. */
async function report(title: string, organisation: string, contact = "", client = new Client(t)) {
  const out = await fillAndSend(t, client, {
    ...REPORT,
    project: { ...REPORT.project, title, organisation, networkId: net.id },
    you: { ...REPORT.you, contact },
  });
  expect(out.res.status).toBe(303);
  return idOf(title);
}

const publish = (id: string, fields: Record<string, string>) =>
  coordinator.client.submit(`/practices/moderation/${id}`, `/practices/moderation/${id}`, {
    decision: "publish",
    reason: "",
    ...fields,
  });

const citation = (html: string) => /<textarea id="cite-text"[^>]*>([^<]*)<\/textarea>/.exec(html)?.[1] ?? "";

describe("the organisation a report typed, at publication", () => {
  it("suggests the most alike organisations, and links the one the coordinator confirms", async () => {
    const museum = await buildOrganisation(t, {
      name: "Museo Civico di Bassano del Grappa",
      type: "museum",
      city: "Bassano del Grappa",
    });
    await buildOrganisation(t, { name: "Museo civico di Feltre", type: "museum", city: "Feltre" });
    await buildOrganisation(t, { name: "Comune di Trieste", type: "municipality" });
    const p = await report(
      "Visite multisensoriali al museo",
      "museo civico Bassano del Grappa",
      "Ufficio didattica – didattica@museo.example.org",
    );
    const page = await (await coordinator.client.get(`/practices/moderation/${p.id}`)).text();
    // The typed name, the candidates best first (the near-identical one chosen already), none unrelated.
    expect(page).toContain("«museo civico Bassano del Grappa»");
    const radios = [...page.matchAll(/name="organisation" id="organisation-\d+" value="org:([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(radios[0]).toBe(museum.id);
    expect(page).toMatch(new RegExp(`value="org:${museum.id}" checked`));
    expect(page).not.toContain("Comune di Trieste");
    expect(page).toContain('value="new"');
    expect(page).toContain('value="none"');

    expect((await publish(p.id, { organisation: `org:${museum.id}` })).status).toBe(303);
    const links = await t.deps.pool.query(
      "select organisation_id from practice_organisations where practice_id = $1",
      [p.id],
    );
    expect(links.rows.map((r) => r.organisation_id)).toEqual([museum.id]);
    const types = await t.deps.pool.query("select org_types from practices where id = $1", [p.id]);
    expect(types.rows[0].org_types).toEqual(["museum"]);
    const audit = await t.deps.pool.query(
      "select details from audit_log where action = 'practice.publish' and details->>'practiceId' = $1",
      [p.id],
    );
    expect(audit.rows[0].details).toMatchObject({ organisationId: museum.id, organisationLink: "link" });

    // The page and its citation name the museum, not the network.
    const anon = await (await new Client(t).get(`/practices/${p.slug}`)).text();
    expect(anon).toContain(`<a href="/organisations/${museum.slug}">Museo Civico di Bassano del Grappa</a>`);
    expect(citation(anon)).toMatch(/^Museo Civico di Bassano del Grappa \(2021\)\. Visite multisensoriali/);
    // The contact given with consent: members see it, anonymous visitors are offered to sign in.
    expect(anon).not.toContain("didattica@museo.example.org");
    expect(anon).toContain("Accedi per vedere i contatti");
    const seen = await (await member.get(`/practices/${p.slug}`)).text();
    expect(seen).toContain("Ufficio didattica – didattica@museo.example.org");
  });

  it("registers the typed name for review when nothing matches: no manager, not PA, a pending request", async () => {
    const p = await report("Biblioteca in piazza a Nemi", "Sistema bibliotecario dei Colli Albani");
    const page = await (await coordinator.client.get(`/practices/moderation/${p.id}`)).text();
    expect(page).toMatch(/value="new" checked/);
    // The type is guessed from the name, and can be changed.
    expect(page).toMatch(/<option value="library" selected/);

    expect((await publish(p.id, { organisation: "new", organisationType: "library" })).status).toBe(303);
    const org = (
      await t.deps.pool.query(
        "select o.id, o.slug, o.type, o.is_pa, o.country from organisations o join practice_organisations po on po.organisation_id = o.id where po.practice_id = $1",
        [p.id],
      )
    ).rows[0];
    expect(org).toMatchObject({ type: "library", is_pa: false, country: "IT" });
    const members = await t.deps.pool.query(
      "select count(*)::int as n from organisation_members where organisation_id = $1",
      [org.id],
    );
    expect(members.rows[0].n).toBe(0);
    const request = await t.deps.pool.query(
      "select status from network_organisations where organisation_id = $1 and network_id = $2",
      [org.id, net.id],
    );
    expect(request.rows.map((r) => r.status)).toEqual(["pending"]);
    const audit = await t.deps.pool.query(
      "select action, actor_id, network_id, details from audit_log where organisation_id = $1 order by action",
      [org.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      "network.organisation-requested",
      "organisation.created",
    ]);
    expect(audit.rows[1]).toMatchObject({
      actor_id: coordinator.accountId,
      network_id: net.id,
      details: { name: "Sistema bibliotecario dei Colli Albani", review: true, practiceId: p.id },
    });

    const anon = await (await new Client(t).get(`/practices/${p.slug}`)).text();
    expect(anon).toContain(`<a href="/organisations/${org.slug}">Sistema bibliotecario dei Colli Albani</a>`);
    expect(citation(anon)).toMatch(/^Sistema bibliotecario dei Colli Albani \(2021\)/);
    // No contact was given: anonymous visitors are not told so (nor asked to sign in for nothing);
    // signed-in members are.
    expect(anon).not.toContain("Nessun contatto indicato");
    expect(anon).not.toContain("Accedi per vedere i contatti");
    expect(anon).not.toContain("<dt>Contatti</dt>");
    expect(await (await member.get(`/practices/${p.slug}`)).text()).toContain("Nessun contatto indicato");
  });

  it("links nothing when asked, and refuses a choice that is not one", async () => {
    const p = await report("Audioguide in lingua dei segni", "Museo della Carta");
    const bad = await publish(p.id, { organisation: "org:not-an-id" });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Scegli un&#39;organizzazione dall&#39;elenco");
    const unknown = await publish(p.id, { organisation: "org:00000000-0000-4000-8000-000000000000" });
    expect(unknown.status).toBe(422);
    expect(await statusOf(p.id)).toBe("submitted");

    expect((await publish(p.id, { organisation: "none" })).status).toBe(303);
    const links = await t.deps.pool.query("select 1 from practice_organisations where practice_id = $1", [
      p.id,
    ]);
    expect(links.rows).toHaveLength(0);
    // With no organisation, the citation credits the network, as before.
    const anon = await (await new Client(t).get(`/practices/${p.slug}`)).text();
    expect(citation(anon)).toMatch(/^Rete musei in digitale \(2021\)/);
  });

  it("offers nothing to link while the report waits for its submitter's changes", async () => {
    const p = await report("Laboratori di fotografia nei musei", "Museo Civico di Bassano del Grappa");
    const actor = (await loadActor(t.deps, coordinator.accountId!))!;
    await decide(t.deps, actor, p.id, {
      decision: "request-changes",
      reason: "Aggiungete i risultati.",
      organisation: { kind: "none" },
    });
    const page = await (await coordinator.client.get(`/practices/moderation/${p.id}`)).text();
    expect(page).not.toContain('name="organisation"');
  });
});

describe("the contact given with consent", () => {
  it("survives the submitter's changes (the edit page carries it)", async () => {
    const submitter = await buildAccount(t);
    const client = await signedIn(t, submitter.id);
    const p = await report(
      "Podcast del museo diocesano",
      "Museo diocesano",
      "Segreteria – 0461 000000",
      client,
    );
    const actor = (await loadActor(t.deps, coordinator.accountId!))!;
    await decide(t.deps, actor, p.id, { decision: "request-changes", reason: "Indicate le date." });
    const edit = await (await client.get(`/practices/submissions/${p.id}/edit`)).text();
    expect(field(edit, "contact")).toBe("Segreteria – 0461 000000");
    const values: Record<string, string> = {
      ...REPORT.project,
      ...REPORT.approach,
      ...REPORT.results,
      title: "Podcast del museo diocesano",
      organisation: "Museo diocesano",
      networkId: net.id,
      contact: field(edit, "contact"),
      startYear: "2022",
    };
    const res = await client.post(`/practices/submissions/${p.id}/edit`, {
      _csrf: field(edit, "_csrf"),
      ...values,
    });
    expect(res.status).toBe(303);
    const row = await t.deps.pool.query("select contact, status, start_year from practices where id = $1", [
      p.id,
    ]);
    expect(row.rows[0]).toMatchObject({
      contact: "Segreteria – 0461 000000",
      status: "submitted",
      start_year: 2022,
    });
  });

  it("on a practice with none, is announced to nobody but signed-in people", async () => {
    const p = await buildPractice(t, { title: "Pratica senza contatto", networkId: net.id });
    const anon = await (await new Client(t).get(`/practices/${p.slug}`)).text();
    expect(anon).not.toContain("Nessun contatto indicato");
    expect(anon).not.toContain("Accedi per vedere i contatti");
    const en = await (await new Client(t).get(`/practices/${p.slug}?lang=en`)).text();
    expect(en).not.toContain("No contact given");
    expect(await (await member.get(`/practices/${p.slug}`)).text()).toContain("Nessun contatto indicato");
  });
});

const statusOf = async (id: string) =>
  (await t.deps.pool.query("select status from practices where id = $1", [id])).rows[0].status as string;
