// Invitations are not bearer links (issue 11, item 3): only the person signed in with the invited,
// verified address may answer one; anyone else holding the link is told to which (masked) address it
// was sent and offered to sign out and sign in with it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildAccount, buildNetwork, signedIn } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { maskEmail } from "./invitations.address.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const INVITED = "coordinatrice.nuova@comune.example.it";

/** The invitation link in the last mail written to DATA_DIR/mail for `to`. */
function invitationLink(to: string): string {
  const dir = path.join(t.dataDir, "mail");
  for (const f of readdirSync(dir).sort().reverse()) {
    const mail = readFileSync(path.join(dir, f), "utf8").replace(/=\r?\n/g, "");
    if (!mail.includes(`To: ${to}`)) continue;
    const link = /http:\/\/localhost:3000(\/invitations\/[\w-]+)/.exec(mail)?.[1];
    if (link) return link;
  }
  throw new Error(`no invitation mail to ${to}`);
}

const roles = async (networkId: string, accountId: string) =>
  (
    await t.deps.pool.query("select role from network_members where network_id = $1 and account_id = $2", [
      networkId,
      accountId,
    ])
  ).rows.map((r) => r.role as string);

const status = async (email: string) =>
  (await t.deps.pool.query("select status from invitations where email = $1", [email])).rows[0]?.status;

describe("a network invitation held by someone else", () => {
  it("cannot be accepted or declined by another member; the page names the invited address, masked", async () => {
    const net = await buildNetwork(t, { name: "Rete Protetta" });
    const coord = await actorFor(t, "coordinator", net.id);
    const manage = `/networks/${net.slug}/manage`;
    const sent = await coord.client.submit(manage, `/networks/${net.slug}/invitations`, {
      email: INVITED,
      role: "coordinator",
    });
    expect(sent.status).toBe(303);
    await jobsSettled(t);
    const link = invitationLink(INVITED);

    // An unrelated, verified member of the network got hold of the link.
    const other = await actorFor(t, "member", net.id);
    const seen = await other.client.get(link);
    expect(seen.status).toBe(200);
    const page = await seen.text();
    expect(page).toContain("Questo invito è per un altro indirizzo email");
    expect(page).toContain("c•••@comune.example.it");
    expect(page).toContain(other.email!);
    expect(page).not.toContain(INVITED);
    expect(page).not.toContain(`action="${link}/accept"`);
    expect(page).toContain('action="/invitations/switch-account"');
    expect(page).toContain(`name="next" value="${link}"`);

    for (const answer of ["accept", "decline"]) {
      const res = await other.client.submit(link, `${link}/${answer}`, {});
      expect(res.status).toBe(403);
      const html = await res.text();
      expect(html).toContain("c•••@comune.example.it");
      expect(html).toContain("Esci e accedi con un altro indirizzo");
    }
    expect(await roles(net.id, other.accountId!)).toEqual(["member"]);
    expect(await status(INVITED)).toBe("pending");

    // In English too.
    const en = await (await other.client.get(`${link}?lang=en`)).text();
    expect(en).toContain("This invitation is for another email address");
    expect(en).toContain("Sign out and sign in with another address");

    // Signing out from there leads to sign-in, coming back to the invitation.
    const out = await other.client.submit(link, "/invitations/switch-account", { next: link });
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe(`/sign-in?next=${encodeURIComponent(link)}`);
    expect(other.client.cookies.has("bottega_session")).toBe(false);
    expect((await other.client.get("/account")).status).toBe(303);

    // The invitee (whatever the case of the letters) accepts and becomes coordinator.
    const invitee = await buildAccount(t, { email: "Coordinatrice.Nuova@Comune.Example.it" });
    const ic = await signedIn(t, invitee.id);
    expect(await (await ic.get(link)).text()).toContain(`action="${link}/accept"`);
    const accepted = await ic.submit(link, `${link}/accept`, {});
    expect(accepted.status).toBe(303);
    expect(await roles(net.id, invitee.id)).toEqual(["coordinator"]);
  });

  it("is refused to an account with the invited address that has not verified it", async () => {
    const net = await buildNetwork(t);
    const coord = await actorFor(t, "coordinator", net.id);
    const email = "non.verificata@comune.example.it";
    await coord.client.submit(`/networks/${net.slug}/manage`, `/networks/${net.slug}/invitations`, {
      email,
      role: "member",
    });
    await jobsSettled(t);
    const link = invitationLink(email);
    const unverified = await buildAccount(t, { email, verified: false });
    const c = await signedIn(t, unverified.id);
    expect((await c.submit(link, `${link}/accept`, {})).status).toBe(403);
    expect(await roles(net.id, unverified.id)).toEqual([]);
  });

  it("switch-account goes only to paths on this site", async () => {
    const someone = await buildAccount(t);
    const c = await signedIn(t, someone.id);
    const res = await c.submit("/", "/invitations/switch-account", { next: "https://evil.example/x" });
    expect(res.headers.get("location")).toBe(`/sign-in?next=${encodeURIComponent("/")}`);
  });
});

describe("maskEmail", () => {
  it("keeps the first letter and the domain", () => {
    expect(maskEmail("giulia.ferrari@comune.example.it")).toBe("g•••@comune.example.it");
    expect(maskEmail(" a@b.example ")).toBe("a•••@b.example");
    expect(maskEmail("nonsense")).toBe("•••");
  });
});
