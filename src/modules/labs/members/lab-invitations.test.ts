// Lab invitations in identity's one invitation system (decision 0048): they expire after 14 days, a
// revoked one says so, and a lab's link and a network's are not interchangeable even though both
// live in the same table. Its own runtime: the clock moves by weeks here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildAccount, buildNetwork, signedIn } from "../../../../test/helpers/factories.ts";
import { buildLab, mailsTo } from "../../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const DAY = 86_400_000;

/** The path of the link in the last mail to `email` that holds one under `prefix`. */
async function mailedLink(email: string, prefix: "/lab-invitations/" | "/invitations/") {
  const texts = (await mailsTo(t, email)).map((m) => m.text ?? "").reverse();
  const re = new RegExp(`http://localhost:3000(${prefix}[\\w-]+)`);
  for (const text of texts) {
    const found = re.exec(text)?.[1];
    if (found) return found;
  }
  throw new Error(`no ${prefix} link mailed to ${email}`);
}

const inLab = async (labId: string, accountId: string) =>
  (
    await t.deps.pool.query("select role from lab_members where lab_id = $1 and account_id = $2", [
      labId,
      accountId,
    ])
  ).rows.map((r) => r.role as string);

describe("a lab invitation", () => {
  it("expires after 14 days: the page says so and nobody can accept it", async () => {
    const net = await buildNetwork(t);
    const lab = await buildLab(t, net.id, { visibility: "public" });
    const coordinator = (await actorFor(t, "coordinator", net.id)).client;
    const members = `/labs/${lab.slug}/members`;
    const invitee = await buildAccount(t);
    const sent = await coordinator.submit(members, `${members}/invitations`, {
      email: invitee.email,
      role: "member",
    });
    expect(sent.status).toBe(303);
    const link = await mailedLink(invitee.email, "/lab-invitations/");
    t.clock.advance(13 * DAY);
    expect(await (await (await signedIn(t, invitee.id)).get(link)).text()).toContain(
      `action="${link}/accept"`,
    );
    t.clock.advance(2 * DAY);
    const later = await signedIn(t, invitee.id);
    const page = await later.get(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Questo invito è scaduto");
    const refused = await later.submit(link, `${link}/accept`, {});
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("Questo invito è scaduto");
    expect(await inLab(lab.id, invitee.id)).toEqual([]);
    // No longer pending: the curators' list leaves it out.
    expect(await (await (await actorFor(t, "coordinator", net.id)).client.get(members)).text()).not.toContain(
      invitee.email,
    );
  });

  it("once revoked, says so on its page and adds nobody", async () => {
    const net = await buildNetwork(t);
    const lab = await buildLab(t, net.id, { visibility: "public" });
    const coordinator = (await actorFor(t, "coordinator", net.id)).client;
    const members = `/labs/${lab.slug}/members`;
    const invitee = await buildAccount(t);
    await coordinator.submit(members, `${members}/invitations`, {
      email: invitee.email,
      role: "facilitator",
    });
    const link = await mailedLink(invitee.email, "/lab-invitations/");
    const revoke = /action="([^"]+\/revoke)"/.exec(await (await coordinator.get(members)).text())![1]!;
    expect((await coordinator.submit(members, revoke, {})).status).toBe(303);
    // Revoking twice: the invitation is no longer pending.
    const again = await coordinator.submit(members, revoke, {});
    expect(again.status).toBe(303);
    expect(await (await coordinator.get(members)).text()).toContain("L&#39;invito non è più in attesa.");
    const c = await signedIn(t, invitee.id);
    expect(await (await c.get(link)).text()).toContain("Questo invito è stato revocato.");
    expect((await c.submit(link, `${link}/accept`, {})).status).toBe(409);
    expect(await inLab(lab.id, invitee.id)).toEqual([]);
  });

  it("is not a network invitation, nor a network invitation a lab's", async () => {
    const net = await buildNetwork(t);
    const lab = await buildLab(t, net.id, { visibility: "public" });
    const coordinator = (await actorFor(t, "coordinator", net.id)).client;
    const members = `/labs/${lab.slug}/members`;
    const manage = `/networks/${net.slug}/manage`;
    const invitee = await buildAccount(t);
    await coordinator.submit(members, `${members}/invitations`, { email: invitee.email, role: "member" });
    await coordinator.submit(manage, `/networks/${net.slug}/invitations`, {
      email: invitee.email,
      role: "coordinator",
    });
    const labLink = await mailedLink(invitee.email, "/lab-invitations/");
    const netLink = await mailedLink(invitee.email, "/invitations/");
    const labToken = labLink.split("/").pop()!;
    const netToken = netLink.split("/").pop()!;
    const c = await signedIn(t, invitee.id);
    expect((await c.get(`/invitations/${labToken}`)).status).toBe(404);
    expect((await c.get(`/lab-invitations/${netToken}`)).status).toBe(404);
    expect((await c.submit(labLink, `/invitations/${labToken}/accept`, {})).status).toBe(404);
    expect((await c.submit(netLink, `/lab-invitations/${netToken}/accept`, {})).status).toBe(404);
    const roles = await t.deps.pool.query(
      "select role from network_members where network_id = $1 and account_id = $2",
      [net.id, invitee.id],
    );
    expect(roles.rows).toEqual([]);
    expect(await inLab(lab.id, invitee.id)).toEqual([]);
    // Each through its own door: the lab's makes a lab member, the network's a coordinator.
    expect((await c.submit(labLink, `${labLink}/accept`, {})).status).toBe(303);
    expect(await inLab(lab.id, invitee.id)).toEqual(["member"]);
    expect((await c.submit(netLink, `${netLink}/accept`, {})).status).toBe(303);
    const after = await t.deps.pool.query(
      "select role from network_members where network_id = $1 and account_id = $2",
      [net.id, invitee.id],
    );
    expect(after.rows.map((r) => r.role)).toEqual(["coordinator"]);
  });
});
