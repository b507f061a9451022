// "Waiting for you" in the person's own area (/me): invitations to networks and labs sent to their
// verified address, answered there without the mailed link, and — for an organisation's manager —
// the people and networks asking for an answer. Someone else's invitation is refused (403), as a
// forwarded link is.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  invite,
  loadActor,
  seedNetworkOrganisation,
  seedOrganisationMember,
} from "../src/modules/identity/index.ts";
import { inviteToLab, register } from "../src/modules/labs/index.ts";
import { SYSTEM } from "../src/platform/auth/index.ts";
import {
  addToNetwork,
  buildAccount,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
  signedIn,
} from "./helpers/factories.ts";
import { buildLab, buildMeeting } from "./helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "./helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const text = async (r: Response) => (await r.text()).replace(/&#39;/g, "'").replace(/&quot;/g, '"');
const coordinatorOf = async (networkId: string) => {
  const a = await buildAccount(t);
  await addToNetwork(t, networkId, a.id, "coordinator");
  return (await loadActor(t.deps, a.id))!;
};
const invitationIds = async (email: string) =>
  (
    await t.deps.pool.query("select id, target_kind from invitations where email = $1 order by target_kind", [
      email,
    ])
  ).rows as { id: string; target_kind: string }[];

describe("my area: what waits for an answer", () => {
  it("lists a person's network and lab invitations and answers them by id", async () => {
    const net = await buildNetwork(t, { name: "Rete dei musei lombardi" });
    const coordinator = await coordinatorOf(net.id);
    const lab = await buildLab(t, net.id, { title: "Laboratorio sull'accessibilità" });
    const person = await buildAccount(t);
    await invite(
      t.deps,
      coordinator,
      { id: net.id, slug: net.slug, name: "Rete dei musei lombardi" } as Parameters<typeof invite>[2],
      { email: person.email, role: "member" },
      "it",
    );
    await inviteToLab(
      t.deps,
      SYSTEM,
      lab,
      { email: person.email, role: "member", organisationId: "" },
      "it",
      "Prova",
    );
    const [labInv, netInv] = await invitationIds(person.email);

    const c = await signedIn(t, person.id);
    const page = await text(await c.get("/me?lang=it"));
    const waiting = page.slice(
      page.indexOf('id="me-waiting"'),
      page.indexOf("</section>", page.indexOf('id="me-waiting"')),
    );
    expect(waiting).toContain("Ti aspettano");
    expect(waiting).toContain("Invito alla rete Rete dei musei lombardi con il ruolo");
    expect(waiting).toContain(`action="/me/invitations/${netInv!.id}/accept"`);
    expect(waiting).toContain(`aria-describedby="inv-${netInv!.id}"`);
    expect(page).toContain("Invito al laboratorio «Laboratorio sull'accessibilità»");
    expect(page).toContain(`action="/me/lab-invitations/${labInv!.id}/decline"`);
    expect(await text(await c.get("/me?lang=en"))).toContain("Waiting for you");

    const accepted = await c.submit("/me", `/me/invitations/${netInv!.id}/accept`, {});
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get("location")).toBe(`/networks/${net.slug}`);
    const roles = await t.deps.pool.query(
      "select role from network_members where network_id = $1 and account_id = $2",
      [net.id, person.id],
    );
    expect(roles.rows.map((r) => r.role)).toEqual(["member"]);
    const declined = await c.submit("/me", `/me/lab-invitations/${labInv!.id}/decline`, {});
    expect(declined.status).toBe(303);
    expect(declined.headers.get("location")).toBe("/me");
    // Both answered: nothing waits any more, and a second answer is told, not applied.
    const after = await text(await c.get("/me?lang=it"));
    expect(after).not.toContain('id="me-waiting"');
    expect(after).not.toContain('id="me-lab-invitations"');
    const again = await c.submit("/me", `/me/invitations/${netInv!.id}/decline`, {});
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe("/me");
    const status = await t.deps.pool.query("select status from invitations where id = $1", [netInv!.id]);
    expect(status.rows[0].status).toBe("accepted");
  });

  it("refuses someone else's invitation and an unknown id", async () => {
    const net = await buildNetwork(t);
    const coordinator = await coordinatorOf(net.id);
    await invite(
      t.deps,
      coordinator,
      { id: net.id, slug: net.slug, name: "Rete" } as Parameters<typeof invite>[2],
      { email: "altra@example.org", role: "coordinator" },
      "it",
    );
    const [inv] = await invitationIds("altra@example.org");
    const other = await buildAccount(t);
    const c = await signedIn(t, other.id);
    expect(await c.get("/me?lang=it").then(text)).not.toContain(inv!.id);
    expect((await c.submit("/me", `/me/invitations/${inv!.id}/accept`, {})).status).toBe(403);
    expect((await c.submit("/me", "/me/invitations/not-an-id/accept", {})).status).toBe(404);
    expect((await c.submit("/me", `/me/lab-invitations/${inv!.id}/accept`, {})).status).toBe(404);
    const status = await t.deps.pool.query("select status from invitations where id = $1", [inv!.id]);
    expect(status.rows[0].status).toBe("pending");
  });

  it("tells an organisation's manager who asks to join and which networks ask for the organisation", async () => {
    const org = await buildOrganisation(t, { name: "Comune di Nemi" });
    const manager = await buildAccount(t);
    await joinOrganisation(t, org.id, manager.id, "manager");
    const asking = await buildAccount(t);
    await seedOrganisationMember(t.deps, {
      organisationId: org.id,
      accountId: asking.id,
      role: "member",
      status: "pending",
    });
    const net = await buildNetwork(t);
    await seedNetworkOrganisation(t.deps, net.id, org.id, "pending");
    const c = await signedIn(t, manager.id);
    const page = await text(await c.get("/me?lang=it"));
    expect(page).toContain(`href="/organisations/${org.slug}#pending-heading">Comune di Nemi</a>`);
    expect(page).toContain(
      "richieste di adesione da confermare: 1; reti che chiedono di aggiungere l'organizzazione: 1",
    );
    // A plain member of the organisation is not asked.
    const member = await buildAccount(t);
    await joinOrganisation(t, org.id, member.id);
    await addToNetwork(t, net.id, member.id, "member");
    expect(await text(await (await signedIn(t, member.id)).get("/me?lang=it"))).not.toContain(
      'id="me-waiting"',
    );
  });

  it("cancels a meeting registration from the person's area and comes back there", async () => {
    const net = await buildNetwork(t);
    const lab = await buildLab(t, net.id);
    const meeting = await buildMeeting(t, lab, { title: "Tavolo sulla comunicazione" });
    const person = await buildAccount(t);
    await addToNetwork(t, net.id, person.id, "member");
    await register(t.deps, (await loadActor(t.deps, person.id))!, meeting.id);
    const c = await signedIn(t, person.id);
    const page = await text(await c.get("/me?lang=it"));
    const cancel = `action="/labs/${lab.slug}/meetings/${meeting.slug}/cancel"`;
    expect(page).toContain(cancel);
    expect(page).toContain(
      'Annulla l\'iscrizione<span class="visually-hidden"> – Tavolo sulla comunicazione</span>',
    );
    const res = await c.submit("/me", `/labs/${lab.slug}/meetings/${meeting.slug}/cancel`, { from: "me" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/me#me-meetings");
    expect(await text(await c.get("/me?lang=it"))).not.toContain(cancel);
    const rows = await t.deps.pool.query("select status from registrations where meeting_id = $1", [
      meeting.id,
    ]);
    expect(rows.rows.map((r) => r.status)).not.toContain("confirmed");
  });
});
