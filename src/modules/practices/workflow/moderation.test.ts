// Moderation through the pages with a real SMTP sink: the queue per coordinator's networks, every
// step (in review, changes requested with the signed edit link, resubmitted, published, rejected)
// mailed to the submitter, each decision in the history and the audit log; stale decisions, used and
// expired links, and who may see the queue.
import { describe, expect, it } from "vitest";
import { Client } from "../../../../test/helpers/client.ts";
import { actorFor, buildAccount, buildNetwork, signedIn } from "../../../../test/helpers/factories.ts";
import { withMailRuntime } from "../../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../../test/helpers/runtime.ts";
import { linkIn, pathOf, type SmtpSink } from "../../../../test/helpers/smtp.ts";
import { field, fillAndSend, MANY_REPORTS, REPORT } from "../../../../test/helpers/submissions.ts";
import { auditPage } from "../../identity/index.ts";
import { loadPractice } from "../catalogue/service.ts";

let t: TestRuntime;
let smtp: SmtpSink;
withMailRuntime((r) => {
  t = r.t;
  smtp = r.smtp;
}, MANY_REPORTS);

let n = 0;
/** A report sent anonymously to `networkId`; returns its id and the submitter's address. */
async function submitted(networkId: string, title = `Progetto da moderare ${n + 1}`) {
  const email = `segnala${++n}@example.org`;
  const out = await fillAndSend(t, new Client(t), {
    ...REPORT,
    project: { ...REPORT.project, title, networkId },
    you: { ...REPORT.you, email },
  });
  expect(out.res.status).toBe(303);
  const { rows } = await t.deps.pool.query("select id from practices where title = $1", [title]);
  await smtp.waitFor(email, (m) => m.subject.includes("ricevuto"));
  return { id: rows[0].id as string, email, title };
}

async function decideAs(c: Client, id: string, decision: string, reason = "") {
  return c.submit(`/practices/moderation/${id}`, `/practices/moderation/${id}`, { decision, reason });
}

describe("the moderation queue", () => {
  it("shows a coordinator their networks' reports, not others'; members are refused, anonymous sent to sign in", async () => {
    const net = await buildNetwork(t);
    const other = await buildNetwork(t);
    const mine = await submitted(net.id, "Segnalazione per la mia rete");
    const theirs = await submitted(other.id, "Segnalazione per una rete diversa");
    const coordinator = await actorFor(t, "coordinator", net.id);
    const queue = await (await coordinator.client.get("/practices/moderation")).text();
    expect(queue).toContain(mine.title);
    // Coordinators and admins find the queue in the main navigation; members do not.
    expect(queue).toContain('<a class="nav-link" href="/practices/moderation">');
    expect(queue).not.toContain(theirs.title);
    expect((await coordinator.client.get(`/practices/moderation/${theirs.id}`)).status).toBe(404);
    const admin = await actorFor(t, "admin", net.id);
    const all = await (await admin.client.get("/practices/moderation")).text();
    expect(all).toContain(mine.title);
    expect(all).toContain(theirs.title);
    const member = await actorFor(t, "member", net.id);
    expect((await member.client.get("/practices/moderation")).status).toBe(403);
    expect(await (await member.client.get("/practices/new")).text()).not.toContain(
      'href="/practices/moderation"',
    );
    expect((await member.client.get(`/practices/moderation/${mine.id}`)).status).toBe(404);
    const anon = await new Client(t).get("/practices/moderation");
    expect(anon.status).toBe(303);
    expect(anon.headers.get("location")).toContain("/sign-in");
    // A member cannot decide either.
    const res = await member.client.post(`/practices/moderation/${mine.id}`, {
      _csrf: await member.client.csrf("/practices/new"),
      decision: "publish",
    });
    expect(res.status).toBe(404);
    expect((await loadPractice(t.deps, mine.id)).status).toBe("submitted");
  });
});

describe("the workflow, step by step, with a mail at each", () => {
  it("in review → changes requested (signed link) → resubmitted → published; history and audit kept", async () => {
    const net = await buildNetwork(t);
    const s = await submitted(net.id);
    const coordinator = await actorFor(t, "coordinator", net.id);

    expect((await decideAs(coordinator.client, s.id, "review")).status).toBe(303);
    expect((await loadPractice(t.deps, s.id)).status).toBe("in-review");
    expect((await smtp.waitFor(s.email, (m) => m.subject.includes("in revisione"))).text).toContain(
      "esaminare",
    );

    // Changes need a reason the submitter reads.
    const noReason = await decideAs(coordinator.client, s.id, "request-changes");
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain("Scrivi la motivazione");
    const reason = "Aggiungete i costi <b>in euro</b>, per favore.";
    expect((await decideAs(coordinator.client, s.id, "request-changes", reason)).status).toBe(303);
    expect((await loadPractice(t.deps, s.id)).status).toBe("changes-requested");
    const mail = await smtp.waitFor(s.email, (m) => m.subject.includes("Modifiche richieste"));
    expect(mail.text).toContain(reason);
    const link = linkIn(mail, "http://localhost:3000/practices/submissions/edit");

    // The submitter, with no account, opens the link: the reason (as text) and the report to edit.
    const submitter = new Client(t);
    const page = await submitter.get(pathOf(link));
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("Aggiungete i costi &lt;b&gt;in euro&lt;/b&gt;");
    expect(html).toContain(`value="${s.title}"`);
    const token = field(html, "token");
    const bad = await submitter.post("/practices/submissions/edit", {
      _csrf: field(html, "_csrf"),
      token,
      ...REPORT.project,
      ...REPORT.approach,
      ...REPORT.results,
      title: s.title,
      networkId: net.id,
      themes: "libraries",
      summary: "",
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Campo obbligatorio");
    const edited = await submitter.post("/practices/submissions/edit", {
      _csrf: field(html, "_csrf"),
      token,
      ...REPORT.project,
      ...REPORT.approach,
      ...REPORT.results,
      title: s.title,
      networkId: net.id,
      themes: "libraries",
      resources: "Dodicimila euro in due anni.",
    });
    expect(edited.status).toBe(303);
    const p = await loadPractice(t.deps, s.id);
    expect(p).toMatchObject({ status: "submitted", resources: "Dodicimila euro in due anni." });
    // The second acknowledgement travels event → handler job → mail.send job; on PostgreSQL each hop
    // waits for pg-boss's poll, so the default 1 s poll is too short (CI saw it miss).
    await expect
      .poll(() => smtp.to(s.email).filter((m) => m.subject.includes("ricevuto")).length, { timeout: 15_000 })
      .toBe(2);
    // The link is spent.
    expect((await submitter.get(pathOf(link))).status).toBe(400);

    expect((await decideAs(coordinator.client, s.id, "publish")).status).toBe(303);
    const published = await loadPractice(t.deps, s.id);
    expect(published.status).toBe("published");
    expect(published.publishedAt).toBeInstanceOf(Date);
    const pub = await smtp.waitFor(s.email, (m) => m.subject.includes("pubblicata"));
    expect(pub.text).toContain(`http://localhost:3000/practices/${published.slug}`);

    const review = await (await coordinator.client.get(`/practices/moderation/${s.id}`)).text();
    for (const step of [
      "Inviata",
      "Presa in revisione",
      "Modifiche richieste",
      "Inviata di nuovo",
      "Pubblicata",
    ])
      expect(review).toContain(step);
    const audit = await auditPage(t.deps, { networkId: net.id }, 1);
    expect(audit.rows.map((r) => r.action).sort()).toEqual([
      "practice.publish",
      "practice.request-changes",
      "practice.review",
    ]);
    expect(audit.rows.every((r) => r.actor_name)).toBe(true);
    const auditHtml = await (await coordinator.client.get(`/networks/${net.slug}/audit`)).text();
    expect(auditHtml).toContain(`Ha pubblicato la pratica «${s.title}»`);
  });

  it("rejects with a reason the submitter reads; a second decision on the same state is a conflict", async () => {
    const net = await buildNetwork(t);
    const s = await submitted(net.id);
    const admin = await actorFor(t, "admin", net.id);
    const form = await (await admin.client.get(`/practices/moderation/${s.id}`)).text();
    const csrf = field(form, "_csrf");
    const first = await admin.client.post(`/practices/moderation/${s.id}`, {
      _csrf: csrf,
      decision: "reject",
      reason: "Non riguarda una pubblica amministrazione.",
    });
    expect(first.status).toBe(303);
    const mail = await smtp.waitFor(s.email, (m) => m.subject.includes("non sarà pubblicata"));
    expect(mail.text).toContain("Non riguarda una pubblica amministrazione.");
    // The same form sent again (a second tab): the practice is no longer waiting.
    const again = await admin.client.post(`/practices/moderation/${s.id}`, {
      _csrf: csrf,
      decision: "publish",
      reason: "",
    });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Nel frattempo");
    expect((await loadPractice(t.deps, s.id)).status).toBe("rejected");
  });

  it("refuses an edit link that is unknown or expired (400, said plainly)", async () => {
    const net = await buildNetwork(t);
    const s = await submitted(net.id);
    const coordinator = await actorFor(t, "coordinator", net.id);
    await decideAs(coordinator.client, s.id, "request-changes", "Serve una sintesi più chiara.");
    const link = linkIn(
      await smtp.waitFor(s.email, (m) => m.subject.includes("Modifiche")),
      "http://localhost:3000/practices/submissions/edit",
    );
    const c = new Client(t);
    const unknown = await c.get("/practices/submissions/edit?token=not-a-token");
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("non è valido");
    t.clock.advance(31 * 86_400_000);
    const expired = await c.get(pathOf(link));
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain("scaduto");
    t.clock.advance(-31 * 86_400_000);
  });

  it("lets a signed-in submitter edit from their reports list, without the mailed link", async () => {
    const net = await buildNetwork(t);
    const account = await buildAccount(t, { name: "Giada Russo" });
    const me = await signedIn(t, account.id);
    const title = "Segnalazione con account";
    const sent = await fillAndSend(t, me, {
      ...REPORT,
      project: { ...REPORT.project, title, networkId: net.id },
    });
    expect(sent.res.status).toBe(303);
    const { rows } = await t.deps.pool.query("select id from practices where title = $1", [title]);
    const id = rows[0].id as string;
    const coordinator = await actorFor(t, "coordinator", net.id);
    await decideAs(coordinator.client, id, "request-changes", "Manca la data di fine.");
    const list = await (await me.get("/practices/new")).text();
    expect(list).toContain("Le tue segnalazioni");
    expect(list).toContain(`/practices/submissions/${id}/edit`);
    const page = await me.get(`/practices/submissions/${id}/edit`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("Manca la data di fine.");
    const someoneElse = await signedIn(t, (await buildAccount(t)).id);
    expect((await someoneElse.get(`/practices/submissions/${id}/edit`)).status).toBe(404);
    expect((await new Client(t).get(`/practices/submissions/${id}/edit`)).status).toBe(303);
    const res = await me.post(`/practices/submissions/${id}/edit`, {
      _csrf: field(html, "_csrf"),
      ...REPORT.project,
      ...REPORT.approach,
      ...REPORT.results,
      title,
      networkId: net.id,
      themes: "libraries",
      endYear: "2024",
    });
    expect(res.status).toBe(303);
    expect(await loadPractice(t.deps, id)).toMatchObject({ status: "submitted", endYear: 2024 });
    expect((await me.get(`/practices/submissions/${id}/edit`)).status).toBe(404);
  });
});
