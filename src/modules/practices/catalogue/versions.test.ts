// Coordinators edit a published practice's texts (issue 14, item 7): who may; each edit a version
// with author, time and reason, an audit entry and a `practices.practice.updated` event, all in one
// transaction; the history shows word differences as <ins>/<del> with words for screen readers; a
// concurrent edit is refused (409) with both texts shown and nothing lost; no JavaScript needed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../../test/helpers/client.ts";
import { actorFor, buildNetwork } from "../../../../test/helpers/factories.ts";
import { buildPractice } from "../../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { field } from "../../../../test/helpers/submissions.ts";
import type { Deps } from "../../../platform/deps.ts";
import { onEvent } from "../../../platform/events.ts";
import { loadActor } from "../../identity/index.ts";
import { loadPractice } from "./service.ts";
import { editPublished, type PracticeEdit, textsOf } from "./versions.service.ts";

// A handler of our own, so the event's deliveries are written (nothing is written for an event
// nobody handles) and can be counted as pgboss.job rows.
onEvent("test.versions-updated", "practices.practice.updated", async () => undefined);

let t: TestRuntime;
let net: { id: string; slug: string };
const who: Record<string, Awaited<ReturnType<typeof actorFor>>> = {};
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete dei musei civici" });
  for (const role of ["anonymous", "member", "coordinator", "other-coordinator", "admin"] as const)
    who[role] = await actorFor(t, role, net.id);
  who.second = await actorFor(t, "coordinator", net.id);
});
afterAll(() => t.close());

let n = 0;
const published = () =>
  buildPractice(t, {
    title: `Il museo racconta ${++n}`,
    summary: "Il museo apre ogni giorno alle 9 con visite guidate.",
    networkId: net.id,
    problem: "Pochi visitatori giovani.\n\nNessuna offerta serale.",
    startYear: 2019,
  });

const updatedJobs = async (practiceId: string) =>
  (
    await t.deps.pool.query(
      "select data from pgboss.job where name = 'platform.event' and data->>'name' = 'practices.practice.updated' and data->>'handler' = 'test.versions-updated' and data->>'practiceId' = $1",
      [practiceId],
    )
  ).rows.map((r) => r.data);

/** The edit form's fields as the page shows them, with `changes` over them. */
async function formOf(c: Client, slug: string) {
  const html = await (await c.get(`/practices/${slug}/edit`)).text();
  const textarea = (name: string) =>
    new RegExp(`<textarea[^>]*name="${name}"[^>]*>([^<]*)</textarea>`).exec(html)?.[1] ?? "";
  const decode = (s: string) =>
    s
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const fields: Record<string, string> = {
    _csrf: field(html, "_csrf"),
    baseVersion: field(html, "baseVersion"),
  };
  for (const f of ["title", "place", "startYear", "endYear", "website"]) fields[f] = decode(field(html, f));
  for (const f of [
    "summary",
    "problem",
    "solution",
    "resources",
    "results",
    "transferability",
    "lessons",
    "contact",
  ])
    fields[f] = decode(textarea(f));
  return fields;
}

describe("editing a published practice", () => {
  it("is for who moderates it: a 403 for other signed-in readers, sign-in for anonymous visitors", async () => {
    const p = await published();
    expect((await who.coordinator!.client.get(`/practices/${p.slug}/edit`)).status).toBe(200);
    expect((await who.admin!.client.get(`/practices/${p.slug}/edit`)).status).toBe(200);
    expect((await who.member!.client.get(`/practices/${p.slug}/edit`)).status).toBe(403);
    expect((await who["other-coordinator"]!.client.get(`/practices/${p.slug}/history`)).status).toBe(403);
    const anon = await who.anonymous!.client.get(`/practices/${p.slug}/edit`);
    expect(anon.status).toBe(303);
    expect(anon.headers.get("location")).toContain("/sign-in");
    // A member cannot post an edit either, even with a valid token.
    const form = await formOf(who.coordinator!.client, p.slug);
    const res = await who.member!.client.post(`/practices/${p.slug}/edit`, {
      ...form,
      _csrf: await who.member!.client.csrf(`/practices/${p.slug}`),
      summary: "Riscritto da chi non può.",
      reason: "Prova",
    });
    expect(res.status).toBe(403);
    expect((await loadPractice(t.deps, p.id)).version).toBe(1);
    // Coordinators find the links on the practice page; others do not.
    const page = await (await who.coordinator!.client.get(`/practices/${p.slug}`)).text();
    expect(page).toContain(`href="/practices/${p.slug}/edit"`);
    expect(page).toContain(`href="/practices/${p.slug}/history"`);
    expect(await (await who.member!.client.get(`/practices/${p.slug}`)).text()).not.toContain('/edit"');
  });

  it("saves a version with author, time and reason, an audit entry, an event, and shows the difference", async () => {
    const p = await published();
    const c = who.coordinator!.client;
    const form = await formOf(c, p.slug);
    expect(form.baseVersion).toBe("1");
    expect(form.problem).toBe("Pochi visitatori giovani.\n\nNessuna offerta serale.");
    const res = await c.post(`/practices/${p.slug}/edit`, {
      ...form,
      summary: "Il museo civico apre ogni sabato alle 9 con visite guidate.",
      startYear: "2020",
      reason: "Orari corretti dal museo",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/practices/${p.slug}/history`);

    const now = await loadPractice(t.deps, p.id);
    expect(now).toMatchObject({
      version: 2,
      summary: "Il museo civico apre ogni sabato alle 9 con visite guidate.",
      startYear: 2020,
      problem: "Pochi visitatori giovani.\n\nNessuna offerta serale.",
      status: "published",
    });
    const versions = (
      await t.deps.pool.query(
        "select version, texts, author_id, reason from practice_versions where practice_id = $1 order by version",
        [p.id],
      )
    ).rows;
    expect(versions.map((v) => [v.version, v.author_id, v.reason])).toEqual([
      [1, null, null],
      [2, who.coordinator!.accountId, "Orari corretti dal museo"],
    ]);
    expect(versions[0].texts.summary).toBe("Il museo apre ogni giorno alle 9 con visite guidate.");
    expect(versions[0].texts.startYear).toBe(2019);
    expect(versions[1].texts).toEqual(textsOf(now));
    const audit = (
      await t.deps.pool.query(
        "select actor_id, network_id, details from audit_log where action = 'practice.edit' and details->>'practiceId' = $1",
        [p.id],
      )
    ).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: who.coordinator!.accountId,
      network_id: net.id,
      details: { version: 2, reason: "Orari corretti dal museo", fields: ["summary", "startYear"] },
    });
    const jobs = await updatedJobs(p.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ networkId: net.id, visibility: "public", version: 2 });

    // The history: newest first, who and why, the words added and removed marked for everyone.
    const history = await (await c.get(`/practices/${p.slug}/history`)).text();
    expect(history.indexOf('id="v2"')).toBeLessThan(history.indexOf('id="v1"'));
    expect(history).toContain("Orari corretti dal museo");
    expect(history).toContain("Testo pubblicato");
    expect(history).toMatch(/<ins><span class="visually-hidden">\[aggiunto: <\/span>civico /);
    expect(history).toMatch(/<del><span class="visually-hidden">\[rimosso: <\/span>giorno/);
    expect(history).toMatch(/<ins><span class="visually-hidden">\[aggiunto: <\/span>sabato/);
    expect(history).toMatch(/<del><span class="visually-hidden">\[rimosso: <\/span>2019/);
    // Only the changed fields are listed.
    expect(history).toContain("<dt>Sintesi</dt>");
    expect(history).not.toContain("<dt>Il problema affrontato</dt>");
    // The public page shows the new text.
    const page = await (await who.anonymous!.client.get(`/practices/${p.slug}`)).text();
    expect(page).toContain("Il museo civico apre ogni sabato alle 9");
    // English history.
    const en = await (await c.get(`/practices/${p.slug}/history?lang=en`)).text();
    expect(en).toContain("[added: ");
    expect(en).toContain("Version 2");
    await c.get(`/practices/${p.slug}?lang=it`);
  });

  it("needs a reason and a change; errors are shown on the form with what was typed", async () => {
    const p = await published();
    const c = who.coordinator!.client;
    const form = await formOf(c, p.slug);
    const noReason = await c.post(`/practices/${p.slug}/edit`, {
      ...form,
      title: "Titolo nuovo",
      reason: "",
    });
    expect(noReason.status).toBe(422);
    const html = await noReason.text();
    expect(html).toContain("Indica il motivo della modifica.");
    expect(html).toContain('value="Titolo nuovo"');
    const unchanged = await c.post(`/practices/${p.slug}/edit`, { ...form, reason: "Niente" });
    expect(unchanged.status).toBe(422);
    expect(await unchanged.text()).toContain("Non hai cambiato nessun testo");
    const noTitle = await c.post(`/practices/${p.slug}/edit`, {
      ...form,
      title: "",
      reason: "Via il titolo",
    });
    expect(noTitle.status).toBe(422);
    const badYear = await c.post(`/practices/${p.slug}/edit`, { ...form, endYear: "2010", reason: "Anni" });
    expect(badYear.status).toBe(422);
    expect((await loadPractice(t.deps, p.id)).version).toBe(1);
    expect(await updatedJobs(p.id)).toHaveLength(0);
  });

  it("refuses a concurrent edit with both texts shown, loses nothing, and saves it when sent again", async () => {
    const p = await published();
    const first = who.coordinator!.client;
    const second = who.second!.client;
    const mine = await formOf(first, p.slug);
    const theirs = await formOf(second, p.slug);
    expect(
      (
        await first.post(`/practices/${p.slug}/edit`, {
          ...mine,
          summary: "Testo della prima coordinatrice.",
          reason: "Prima modifica",
        })
      ).status,
    ).toBe(303);
    const refused = await second.post(`/practices/${p.slug}/edit`, {
      ...theirs,
      summary: "Testo del secondo coordinatore.",
      lessons: "Una lezione nuova.",
      reason: "Seconda modifica",
    });
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(html).toContain("Un&#39;altra persona ha salvato una versione");
    // Theirs and mine, for each text that differs (the summary, the lessons), not for the others.
    expect(html).toContain("Salvato nel frattempo");
    expect(html).toMatch(/<pre[^>]*>Testo della prima coordinatrice\.<\/pre>/);
    expect(html).toMatch(/<pre[^>]*>Testo del secondo coordinatore\.<\/pre>/);
    expect(html).toMatch(/<pre[^>]*>Una lezione nuova\.<\/pre>/);
    expect(html).toContain("Testi diversi: 2");
    // Nothing lost: the form holds the refused text and reason, and now the version saved meanwhile.
    expect(html).toMatch(/<textarea[^>]*name="summary"[^>]*>Testo del secondo coordinatore\.<\/textarea>/);
    expect(html).toMatch(/<textarea[^>]*name="reason"[^>]*>Seconda modifica<\/textarea>/);
    expect(field(html, "baseVersion")).toBe("2");
    // Nothing saved for the refused edit: the first one stands, with one event.
    expect(await loadPractice(t.deps, p.id)).toMatchObject({
      version: 2,
      summary: "Testo della prima coordinatrice.",
      lessons: null,
    });
    expect(await updatedJobs(p.id)).toHaveLength(1);
    const rows = await t.deps.pool.query(
      "select count(*)::int as n from practice_versions where practice_id = $1",
      [p.id],
    );
    expect(rows.rows[0].n).toBe(2);

    // Sent again from the conflict page (its form), it is a deliberate new version.
    const again = await second.post(`/practices/${p.slug}/edit`, {
      ...theirs,
      _csrf: field(html, "_csrf"),
      baseVersion: field(html, "baseVersion"),
      summary: "Testo unito dalle due versioni.",
      lessons: "Una lezione nuova.",
      reason: "Seconda modifica",
    });
    expect(again.status).toBe(303);
    expect(await loadPractice(t.deps, p.id)).toMatchObject({
      version: 3,
      summary: "Testo unito dalle due versioni.",
      lessons: "Una lezione nuova.",
    });
  });

  it("two saves at the same moment: one version wins, the other is a conflict", async () => {
    const p = await published();
    const actor = (await loadActor(t.deps, who.coordinator!.accountId!))!;
    const practice = await loadPractice(t.deps, p.id);
    const edit = (summary: string) =>
      editPublished(t.deps, actor, practice, {
        texts: { ...(textsOf(practice) as PracticeEdit["texts"]), summary },
        reason: "Insieme",
        baseVersion: 1,
      });
    const results = await Promise.allSettled([edit("Versione A."), edit("Versione B.")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason.status).toBe(409);
    expect((await loadPractice(t.deps, p.id)).version).toBe(2);
    expect(await updatedJobs(p.id)).toHaveLength(1);
  });

  it("rolls the version, the audit entry and the event back together when the transaction fails", async () => {
    const p = await published();
    const actor = (await loadActor(t.deps, who.coordinator!.accountId!))!;
    const practice = await loadPractice(t.deps, p.id);
    // The event's delivery is written, then the transaction fails: nothing of it may remain.
    const failing: Deps = {
      ...t.deps,
      jobs: {
        ...t.deps.jobs,
        sendInTransaction: async (...args: Parameters<Deps["jobs"]["sendInTransaction"]>) => {
          await t.deps.jobs.sendInTransaction(...args);
          throw new Error("failed after the event");
        },
      },
    };
    await expect(
      editPublished(failing, actor, practice, {
        texts: { ...(textsOf(practice) as PracticeEdit["texts"]), summary: "Mai salvato." },
        reason: "Prova",
        baseVersion: 1,
      }),
    ).rejects.toThrow(/failed after the event/);
    expect(await loadPractice(t.deps, p.id)).toMatchObject({ version: 1, summary: practice.summary });
    expect(await updatedJobs(p.id)).toHaveLength(0);
    const left = await t.deps.pool.query(
      "select (select count(*)::int from practice_versions where practice_id = $1) as versions, (select count(*)::int from audit_log where action = 'practice.edit' and details->>'practiceId' = $1::text) as audits",
      [p.id],
    );
    expect(left.rows[0]).toEqual({ versions: 0, audits: 0 });
  });

  it("takes a browser's CRLF line breaks as the saved LF ones: an untouched text is no change", async () => {
    const p = await buildPractice(t, { networkId: net.id, contact: "Ufficio stampa\nTel. 06 000000" });
    const c = who.coordinator!.client;
    const form = await formOf(c, p.slug);
    const res = await c.post(`/practices/${p.slug}/edit`, {
      ...form,
      contact: "Ufficio stampa\r\nTel. 06 000000",
      reason: "Nessuna",
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Non hai cambiato nessun testo");
  });

  it("is not offered for a practice that is not published", async () => {
    const p = await buildPractice(t, { networkId: net.id, status: "in-review" });
    expect((await who.coordinator!.client.get(`/practices/${p.slug}/edit`)).status).toBe(404);
  });
});
