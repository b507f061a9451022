// Comments and flags on a published practice: members comment (as text, never HTML), anonymous
// people are sent to sign in, anyone may flag a practice or a comment with a reason (limited per IP);
// flags appear in the network's queue, where a coordinator hides a comment, dismisses a flag or takes
// the practice back into review, each decision in the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../../test/helpers/client.ts";
import { actorFor, buildAccount, buildNetwork, signedIn } from "../../../../test/helpers/factories.ts";
import { buildPractice } from "../../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { field } from "../../../../test/helpers/submissions.ts";
import { auditPage } from "../../identity/index.ts";
import { loadPractice } from "./service.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime({
    env: { TRUST_PROXY: "true" },
    limits: { flagsPerIp: { max: 3, windowSeconds: 3600 } },
  });
  net = await buildNetwork(t);
});
afterAll(() => t.close());

let ips = 0;
const anonymous = () => new Client(t, { "x-forwarded-for": `10.3.0.${++ips}` });

async function comment(c: Client, slug: string, body: string) {
  return c.submit(`/practices/${slug}/comments`, `/practices/${slug}/comments`, { body });
}

async function flag(c: Client, slug: string, reason: string, commentId?: string) {
  const page = `/practices/${slug}/flag${commentId ? `?comment=${commentId}` : ""}`;
  return c.submit(page, `/practices/${slug}/flag`, { reason, ...(commentId ? { comment: commentId } : {}) });
}

describe("comments", () => {
  it("lets a member comment; the comment shows as text on the comments section", async () => {
    const p = await buildPractice(t, { networkId: net.id });
    const member = await actorFor(t, "member", net.id);
    const res = await comment(member.client, p.slug, "Ottimo! <script>alert('x')</script>\n\nSeconda riga.");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(new RegExp(`^/practices/${p.slug}#comment-[0-9a-f-]{36}$`));
    const html = await (await new Client(t).get(`/practices/${p.slug}/comments`)).text();
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("Seconda riga.");
    expect(html).toContain("Accedi per commentare");
    // The practice page shows the same section in its #practice-comments slot, with the form for members.
    const show = await (await member.client.get(`/practices/${p.slug}`)).text();
    expect(show).toMatch(/id="practice-comments"[\s\S]*Seconda riga\.[\s\S]*name="body"/);
    expect(show).toContain(`/practices/${p.slug}/flag`);
  });

  it("sends anonymous people to sign in, refuses unconfirmed addresses, empty and oversized comments", async () => {
    const p = await buildPractice(t, { networkId: net.id });
    const a = anonymous();
    const anon = await a.post(`/practices/${p.slug}/comments`, {
      _csrf: await a.csrf("/practices/new"),
      body: "Ciao",
    });
    expect(anon.status).toBe(303);
    expect(anon.headers.get("location")).toContain("/sign-in");
    const unverified = await signedIn(t, (await buildAccount(t, { verified: false })).id);
    expect(await (await unverified.get(`/practices/${p.slug}/comments`)).text()).toContain(
      "Conferma il tuo indirizzo",
    );
    const member = await actorFor(t, "member", net.id);
    const empty = await comment(member.client, p.slug, "   ");
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("Campo obbligatorio");
    const big = await comment(member.client, p.slug, "a".repeat(5001));
    expect(big.status).toBe(422);
  });

  it("is only on published practices the person can see (404 otherwise)", async () => {
    const draft = await buildPractice(t, { networkId: net.id, status: "submitted" });
    const hidden = await buildPractice(t, { networkId: net.id, visibility: "network" });
    const outsider = await signedIn(t, (await buildAccount(t)).id);
    expect((await outsider.get(`/practices/${draft.slug}/comments`)).status).toBe(404);
    expect((await outsider.get(`/practices/${hidden.slug}/comments`)).status).toBe(404);
    expect((await outsider.get(`/practices/${hidden.slug}/flag`)).status).toBe(404);
  });
});

describe("flags and the queue", () => {
  it("anyone flags a practice or a comment; the coordinator sees both and resolves them", async () => {
    const p = await buildPractice(t, { networkId: net.id, title: "Pratica con segnalazioni" });
    const member = await actorFor(t, "member", net.id);
    await comment(member.client, p.slug, "Pubblicità non richiesta");
    const commentId = /id="comment-([0-9a-f-]{36})"/.exec(
      await (await new Client(t).get(`/practices/${p.slug}/comments`)).text(),
    )![1]!;
    const empty = await flag(anonymous(), p.slug, "");
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("Campo obbligatorio");
    expect((await flag(anonymous(), p.slug, "Dati personali nel testo")).status).toBe(303);
    expect((await flag(anonymous(), p.slug, "È spam", commentId)).status).toBe(303);
    // A comment of another practice cannot be flagged here.
    const other = await buildPractice(t, { networkId: net.id });
    expect((await anonymous().get(`/practices/${other.slug}/flag?comment=${commentId}`)).status).toBe(404);

    const coordinator = await actorFor(t, "coordinator", net.id);
    const queue = await (await coordinator.client.get("/practices/moderation")).text();
    expect(queue).toContain("Dati personali nel testo");
    expect(queue).toContain("È spam");
    expect(queue).toContain("Pubblicità non richiesta");
    const otherCoordinator = await actorFor(t, "other-coordinator", net.id);
    expect(await (await otherCoordinator.client.get("/practices/moderation")).text()).not.toContain("È spam");

    const { rows } = await t.deps.pool.query(
      "select id, comment_id from practice_flags where practice_id = $1",
      [p.id],
    );
    const onComment = rows.find((r) => r.comment_id)!.id as string;
    const onPractice = rows.find((r) => !r.comment_id)!.id as string;
    // Not the coordinator of another network (the practice is public: 403, not 404).
    const refused = await otherCoordinator.client.post(`/practices/moderation/flags/${onComment}`, {
      _csrf: await otherCoordinator.client.csrf("/practices/moderation"),
      action: "dismiss",
    });
    expect(refused.status).toBe(403);
    const resolve = (id: string, action: string) =>
      coordinator.client.post(`/practices/moderation/flags/${id}`, { _csrf: field(queue, "_csrf"), action });
    expect((await resolve(onComment, "hide-comment")).status).toBe(303);
    expect(await (await new Client(t).get(`/practices/${p.slug}/comments`)).text()).not.toContain(
      "Pubblicità non richiesta",
    );
    expect((await resolve(onComment, "dismiss")).status).toBe(409);
    expect((await resolve(onPractice, "unpublish")).status).toBe(303);
    expect((await loadPractice(t.deps, p.id)).status).toBe("in-review");
    const after = await (await coordinator.client.get("/practices/moderation")).text();
    expect(after).not.toContain("Dati personali nel testo");
    expect(after).toContain("Pratica con segnalazioni"); // back in the queue, in review
    const audit = await auditPage(t.deps, { networkId: net.id }, 1);
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(["practice.flag-hide-comment", "practice.flag-unpublish"]),
    );
  });

  it("limits flags per IP (429 on the form)", async () => {
    const p = await buildPractice(t, { networkId: net.id });
    const c = anonymous();
    for (let i = 0; i < 3; i++) expect((await flag(c, p.slug, `Motivo ${i}`)).status).toBe(303);
    const fourth = await flag(c, p.slug, "Ancora");
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await fourth.text()).toContain("Troppi tentativi");
  });
});
