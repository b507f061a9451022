// Lab members and cover: a coordinator invites a person by email on behalf of an organisation; the
// mailed link, once accepted, makes the person a member and the organisation a participant, shown on
// the lab page. The cover image needs its alt text and an image file by content.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../../test/helpers/client.ts";
import {
  actorFor,
  buildAccount,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
  signedIn,
} from "../../../../test/helpers/factories.ts";
import { buildLab, mailsTo } from "../../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import type { Lab } from "../labs.types.ts";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

let t: TestRuntime;
let lab: Lab;
let org: { id: string; slug: string };
let net: { id: string; slug: string };
const who: Record<string, Client> = {};

beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t);
  lab = await buildLab(t, net.id, { visibility: "public", title: "Tavolo sui social" });
  for (const role of ["anonymous", "member", "coordinator", "other-coordinator"] as const)
    who[role] = (await actorFor(t, role, net.id)).client;
  org = await buildOrganisation(t, { name: "Comune di Nemi" });
  const m = await buildAccount(t);
  await joinOrganisation(t, org.id, m.id, "member", net.id);
});
afterAll(() => t.close());

const members = () => `/labs/${lab.slug}/members`;

describe("inviting to a lab", () => {
  it("refuses a bad address on the same form and a second pending invitation to the same address", async () => {
    const c = who.coordinator!;
    const bad = await c.submit(members(), `${members()}/invitations`, {
      email: "non-un-indirizzo",
      role: "member",
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('value="non-un-indirizzo"');
    const ok = await c.submit(members(), `${members()}/invitations`, {
      email: "doppio@example.org",
      role: "member",
    });
    expect(ok.status).toBe(303);
    const again = await c.submit(members(), `${members()}/invitations`, {
      email: "Doppio@example.org",
      role: "member",
    });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Questa persona ha già un invito in attesa per questo laboratorio.");
  });

  it("lets only curators invite", async () => {
    const res = await who.member!.submit(members(), `${members()}/invitations`, { email: "x@example.org" });
    expect(res.status).toBe(403);
  });

  it("mails a link that, accepted, adds the person and the organisation to the lab", async () => {
    const invitee = await buildAccount(t, { email: "sindaca@comune-nemi.example" });
    const res = await who.coordinator!.submit(members(), `${members()}/invitations`, {
      email: invitee.email,
      role: "member",
      organisationId: org.id,
    });
    expect(res.status).toBe(303);
    const [mail] = await mailsTo(t, invitee.email);
    expect(mail!.subject).toBe("Invito al laboratorio Tavolo sui social su Bottega");
    expect(mail!.text).toContain("per conto di Comune di Nemi");
    const link = /http:\/\/localhost:3000(\/lab-invitations\/[\w-]+)/.exec(mail!.text ?? "")![1]!;
    // Anonymous: the page offers sign-in and accepting needs an account.
    const anon = await who.anonymous!.get(link);
    expect(anon.status).toBe(200);
    expect(await anon.text()).toContain(`/sign-in?next=${encodeURIComponent(link)}`);
    const c = await signedIn(t, invitee.id);
    const accepted = await c.submit(link, `${link}/accept`, {});
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get("location")).toBe(`/labs/${lab.slug}`);
    // Used once only.
    const twice = await c.submit(link, `${link}/accept`, {});
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("Questo invito è già stato accettato.");
    const page = await (await who.anonymous!.get(`/labs/${lab.slug}`)).text();
    expect(page).toContain(`<a href="/organisations/${org.slug}">Comune di Nemi</a>`);
    // People's names are for the network's members, not for anonymous visitors.
    const name = /Persona [\w]+/.exec(await (await who.member!.get(members())).text());
    expect(name).not.toBeNull();
    expect(await (await who.anonymous!.get(members())).text()).not.toContain("Persone");
  });

  it("tells someone outside the network that a network-only lab stays hidden after accepting", async () => {
    const net = await buildNetwork(t);
    const closed = await buildLab(t, net.id, { visibility: "network" });
    const coordinator = (await actorFor(t, "coordinator", net.id)).client;
    const page = `/labs/${closed.slug}/members`;
    expect(await (await coordinator.get(page)).text()).toContain("visibile solo ai membri della rete");
    const outsider = await buildAccount(t);
    await coordinator.submit(page, `${page}/invitations`, { email: outsider.email, role: "member" });
    const [mail] = await mailsTo(t, outsider.email);
    const link = /http:\/\/localhost:3000(\/lab-invitations\/[\w-]+)/.exec(mail!.text ?? "")![1]!;
    const c = await signedIn(t, outsider.id);
    const res = await c.submit(link, `${link}/accept`, {});
    expect(res.headers.get("location")).toBe("/");
    expect(await (await c.get("/")).text()).toContain("Il laboratorio è riservato ai membri della sua rete");
  });

  it("lets only the invited address answer: anyone else holding the link gets a clear refusal", async () => {
    const email = "facilitatrice@comune-nemi.example";
    const sent = await who.coordinator!.submit(members(), `${members()}/invitations`, {
      email,
      role: "facilitator",
      organisationId: org.id,
    });
    expect(sent.status).toBe(303);
    const [mail] = await mailsTo(t, email);
    const link = /http:\/\/localhost:3000(\/lab-invitations\/[\w-]+)/.exec(mail!.text ?? "")![1]!;
    // A member of the network, verified, but not the invitee.
    const other = await actorFor(t, "member", net.id);
    const seen = await other.client.get(link);
    expect(seen.status).toBe(200);
    const page = await seen.text();
    expect(page).toContain("Questo invito è per un altro indirizzo email");
    expect(page).toContain("f•••@comune-nemi.example");
    expect(page).not.toContain(email);
    expect(page).not.toContain(`action="${link}/accept"`);
    for (const answer of ["accept", "decline"]) {
      const res = await other.client.submit(link, `${link}/${answer}`, {});
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("f•••@comune-nemi.example");
    }
    const facilitators = await t.deps.pool.query(
      "select account_id from lab_members where lab_id = $1 and account_id = $2",
      [lab.id, other.accountId],
    );
    expect(facilitators.rows).toEqual([]);
    const out = await other.client.submit(link, "/invitations/switch-account", { next: link });
    expect(out.headers.get("location")).toBe(`/sign-in?next=${encodeURIComponent(link)}`);
    // The invitee can still accept: the refusals left the invitation pending.
    const invitee = await buildAccount(t, { email: "Facilitatrice@comune-nemi.example" });
    const accepted = await (await signedIn(t, invitee.id)).submit(link, `${link}/accept`, {});
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get("location")).toBe(`/labs/${lab.slug}`);
  });

  it("shows revoked and unknown links clearly", async () => {
    expect((await who.anonymous!.get("/lab-invitations/nope")).status).toBe(404);
  });
});

describe("adding an organisation", () => {
  it("lets curators add one of the network's organisations, refusing others", async () => {
    const other = await buildOrganisation(t, { name: "Ente di un'altra rete" });
    const bad = await who.coordinator!.submit(members(), `${members()}/organisations`, {
      addOrganisationId: other.id,
    });
    expect(bad.status).toBe(422);
    const netOrg = await buildOrganisation(t, { name: "Biblioteca di Frascati" });
    await joinOrganisation(t, netOrg.id, (await buildAccount(t)).id, "member", lab.networkId);
    expect(
      (await who.member!.submit(members(), `${members()}/organisations`, { addOrganisationId: netOrg.id }))
        .status,
    ).toBe(403);
    const ok = await who.coordinator!.submit(members(), `${members()}/organisations`, {
      addOrganisationId: netOrg.id,
    });
    expect(ok.status).toBe(303);
    expect(await (await who.anonymous!.get(members())).text()).toContain("Biblioteca di Frascati");
  });
});

describe("the audit log", () => {
  const entries = async (labId: string) =>
    (
      await t.deps.pool.query(
        `select action, actor_id, subject_id, organisation_id, details from audit_log
          where details->>'labId' = $1 order by at, id`,
        [labId],
      )
    ).rows as {
      action: string;
      actor_id: string | null;
      subject_id: string | null;
      organisation_id: string | null;
      details: Record<string, unknown>;
    }[];

  it("records invitations sent, accepted, declined and revoked, people and organisations added and removed", async () => {
    const audited = await buildLab(t, lab.networkId, { title: "Laboratorio registrato" });
    const page = `/labs/${audited.slug}/members`;
    const c = who.coordinator!;
    const [yes, no] = [await buildAccount(t, { name: "Anna Tolta" }), await buildAccount(t)];
    for (const p of [yes, no, { email: "revocata@example.org" }])
      expect((await c.submit(page, `${page}/invitations`, { email: p.email, role: "member" })).status).toBe(
        303,
      );
    const link = async (email: string) =>
      /http:\/\/localhost:3000(\/lab-invitations\/[\w-]+)/.exec(
        (await mailsTo(t, email))[0]!.text ?? "",
      )![1]!;
    const yesLink = await link(yes.email);
    expect((await (await signedIn(t, yes.id)).submit(yesLink, `${yesLink}/accept`, {})).status).toBe(303);
    const noLink = await link(no.email);
    expect((await (await signedIn(t, no.id)).submit(noLink, `${noLink}/decline`, {})).status).toBe(303);
    const pending = await c.get(page);
    const revoke = /action="([^"]+\/revoke)"/.exec(await pending.text())![1]!;
    expect((await c.submit(page, revoke, {})).status).toBe(303);
    expect((await c.submit(page, `${page}/organisations`, { addOrganisationId: org.id })).status).toBe(303);
    // Curators take people and organisations out again; others may not.
    const listed = await (await c.get(page)).text();
    expect(listed).toContain(`action="${page}/people/${yes.id}/remove"`);
    expect(await (await who.member!.get(page)).text()).not.toContain("/remove");
    expect((await who.member!.submit(page, `${page}/people/${yes.id}/remove`, {})).status).toBe(403);
    expect((await c.submit(page, `${page}/people/${no.id}/remove`, {})).status).toBe(404);
    const out = await c.submit(page, `${page}/people/${yes.id}/remove`, {});
    expect(out.status).toBe(303);
    expect(await (await c.get(page)).text()).toContain("La persona non partecipa più al laboratorio.");
    expect((await c.submit(page, `${page}/organisations/${org.id}/remove`, {})).status).toBe(303);
    const after = await (await c.get(page)).text();
    expect(after).not.toContain(`/people/${yes.id}/remove`);
    expect(after).not.toContain(`/organisations/${org.id}/remove`);

    const rows = await entries(audited.id);
    expect(rows.map((r) => r.action)).toEqual([
      "lab.invitation-sent",
      "lab.invitation-sent",
      "lab.invitation-sent",
      "lab.invitation-accepted",
      "lab.invitation-declined",
      "lab.invitation-revoked",
      "lab.organisation-added",
      "lab.person-removed",
      "lab.organisation-removed",
    ]);
    expect(rows[7]).toMatchObject({ subject_id: yes.id });
    expect(rows[8]).toMatchObject({ organisation_id: org.id });
    expect(rows[0]!.details).toMatchObject({
      lab: "Laboratorio registrato",
      email: yes.email,
      role: "member",
    });
    expect(rows[3]).toMatchObject({ actor_id: yes.id, subject_id: yes.id });
    expect(rows[4]).toMatchObject({ actor_id: no.id, subject_id: no.id });
    expect(rows[5]!.details).toMatchObject({ email: "revocata@example.org" });
    expect(rows[6]!.organisation_id).toBe(org.id);

    // The network's audit page says it in words, in the reader's language.
    const log = await (await c.get(`/networks/${net.slug}/audit`)).text();
    expect(log).toContain(`Ha invitato ${yes.email} nel laboratorio «Laboratorio registrato» (Membro)`);
    expect(log).toContain("Ha accettato l&#39;invito al laboratorio «Laboratorio registrato» (Membro)");
    expect(log).toContain("Ha rifiutato l&#39;invito al laboratorio «Laboratorio registrato»");
    expect(log).toContain(
      "Ha revocato l&#39;invito a revocata@example.org nel laboratorio «Laboratorio registrato»",
    );
    expect(log).toContain("Ha aggiunto Comune di Nemi al laboratorio «Laboratorio registrato»");
    expect(log).toContain("Ha tolto Comune di Nemi dal laboratorio «Laboratorio registrato»");
    expect(log).toContain("Ha tolto Anna Tolta dal laboratorio «Laboratorio registrato»");
    const en = await (await c.get(`/networks/${net.slug}/audit?lang=en`)).text();
    expect(en).toContain(
      "Revoked the invitation to revocata@example.org for the lab “Laboratorio registrato”",
    );
    await c.get("/?lang=it");
  });

  it("writes nothing when the change is refused", async () => {
    const audited = await buildLab(t, lab.networkId);
    const page = `/labs/${audited.slug}/members`;
    await who.coordinator!.submit(page, `${page}/invitations`, { email: "non-valido", role: "member" });
    await who.member!.submit(page, `${page}/invitations`, { email: "x@example.org", role: "member" });
    expect(await entries(audited.id)).toEqual([]);
  });
});

describe("cover image", () => {
  const cover = () => `/labs/${lab.slug}/cover`;
  async function post(c: Client, fields: Record<string, string | Blob>) {
    const fd = new FormData();
    fd.set("_csrf", await c.csrf(cover()));
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    return c.post(cover(), fd);
  }

  it("needs alt text when an image is given, and an image by content", async () => {
    const c = who.coordinator!;
    const noAlt = await post(c, { image: new File([new Uint8Array(PNG)], "c.png"), alt: "" });
    expect(noAlt.status).toBe(422);
    expect(await noAlt.text()).toContain("Un&#39;immagine ha bisogno del testo alternativo");
    const notImage = await post(c, { image: new File(["%PDF-1.7\n"], "c.png"), alt: "Il lago di Nemi" });
    expect(notImage.status).toBe(422);
    expect(await notImage.text()).toContain("Questo file non è un&#39;immagine che possiamo leggere");
    const ok = await post(c, { image: new File([new Uint8Array(PNG)], "c.png"), alt: "Il lago di Nemi" });
    expect(ok.status).toBe(303);
    const page = await (await who.anonymous!.get(`/labs/${lab.slug}`)).text();
    const src = /<img src="(\/labs\/[^"]+\/cover\/[^"]+)" alt="Il lago di Nemi"/.exec(page)![1]!;
    const img = await who.anonymous!.get(src);
    expect(img.headers.get("content-type")).toBe("image/jpeg");
    expect((await who.member!.get(cover())).status).toBe(403);
  });
});
