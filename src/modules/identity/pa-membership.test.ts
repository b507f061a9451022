// PA-only content and organisations joining networks (issue 11, item 4; decision 0012). The attack:
// a coordinator of network B adds organisation X (a member of network A) to B and marks it a public
// administration, so X's people see A's PA-only content. Now the organisation joins B only when its
// manager accepts, only platform admins set the flag, and the PA rule counts only organisations that
// are members of the content's own network.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actorFor,
  addToNetwork,
  buildAccount,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
  signedIn,
} from "../../../test/helpers/factories.ts";
import { buildLab } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const isPa = async (organisationId: string) =>
  (await t.deps.pool.query("select is_pa from organisations where id = $1", [organisationId])).rows[0]
    .is_pa as boolean;

const linkStatus = async (networkId: string, organisationId: string) =>
  (
    await t.deps.pool.query(
      "select status from network_organisations where network_id = $1 and organisation_id = $2",
      [networkId, organisationId],
    )
  ).rows[0]?.status as string | undefined;

describe("PA-only content of a network", () => {
  it("stays closed to an organisation's people when a coordinator of another network adds it and marks it PA", async () => {
    const a = await buildNetwork(t);
    const lab = await buildLab(t, a.id, { title: "Lab riservato alle PA di A", visibility: "pa" });
    // X is a member of A, not a public administration; P is a member of A and of X.
    const x = await buildOrganisation(t, { isPa: false, name: "Ente X" });
    const p = await buildAccount(t);
    await addToNetwork(t, a.id, p.id, "member");
    await joinOrganisation(t, x.id, p.id, "member", a.id);
    const pc = await signedIn(t, p.id);
    expect((await pc.get(`/labs/${lab.slug}`)).status).toBe(404);

    // The coordinator of B adds X to her network and tries to mark it a PA.
    const b = await buildNetwork(t);
    const coordB = await actorFor(t, "coordinator", b.id);
    const manageB = `/networks/${b.slug}/manage`;
    expect(
      (await coordB.client.submit(manageB, `/networks/${b.slug}/organisations`, { organisationId: x.id }))
        .status,
    ).toBe(303);
    expect(await linkStatus(b.id, x.id)).toBe("pending");
    const orgPage = `/organisations/${x.slug}`;
    expect((await coordB.client.submit(orgPage, `${orgPage}/pa`, { isPa: "true" })).status).toBe(403);
    expect(await isPa(x.id)).toBe(false);
    // Nor can A's own coordinator: the flag would count in every network X is in.
    const coordA = await actorFor(t, "coordinator", a.id);
    expect((await coordA.client.submit(orgPage, `${orgPage}/pa`, { isPa: "true" })).status).toBe(403);
    expect(await isPa(x.id)).toBe(false);
    expect((await pc.get(`/labs/${lab.slug}`)).status).toBe(404);
  });

  it("counts a PA organisation only in networks it is a member of", async () => {
    const a = await buildNetwork(t);
    const b = await buildNetwork(t);
    const lab = await buildLab(t, a.id, { title: "Lab PA della rete A", visibility: "pa" });
    // Y is a PA that belongs to B only; Q is a member of A (as a person) and of Y.
    const y = await buildOrganisation(t, { isPa: true });
    const q = await buildAccount(t);
    await addToNetwork(t, a.id, q.id, "member");
    await joinOrganisation(t, y.id, q.id, "member", b.id);
    const qc = await signedIn(t, q.id);
    expect((await qc.get(`/labs/${lab.slug}`)).status).toBe(404);
    expect(await (await qc.get("/labs")).text()).not.toContain("Lab PA della rete A");

    // A request from A that Y has not answered yet does not count either.
    const coordA = await actorFor(t, "coordinator", a.id);
    await coordA.client.submit(`/networks/${a.slug}/manage`, `/networks/${a.slug}/organisations`, {
      organisationId: y.id,
    });
    expect(await linkStatus(a.id, y.id)).toBe("pending");
    expect((await (await signedIn(t, q.id)).get(`/labs/${lab.slug}`)).status).toBe(404);

    // Once Y's manager accepts, Y is a PA member of A and Q sees A's PA-only lab.
    const manager = await buildAccount(t);
    await joinOrganisation(t, y.id, manager.id, "manager");
    const mc = await signedIn(t, manager.id);
    const orgPage = `/organisations/${y.slug}`;
    expect((await mc.submit(orgPage, `${orgPage}/networks/${a.id}/accept`, {})).status).toBe(303);
    expect(await linkStatus(a.id, y.id)).toBe("accepted");
    expect((await (await signedIn(t, q.id)).get(`/labs/${lab.slug}`)).status).toBe(200);
  });
});

describe("an organisation joins a network only when its manager accepts", () => {
  it("shows the manager the network's request, in Italian and English, and lets them decline it", async () => {
    const net = await buildNetwork(t, { name: "Rete Richiedente" });
    const org = await buildOrganisation(t);
    const manager = await buildAccount(t);
    await joinOrganisation(t, org.id, manager.id, "manager");
    const member = await buildAccount(t);
    await joinOrganisation(t, org.id, member.id, "member");
    const coord = await actorFor(t, "coordinator", net.id);
    await coord.client.submit(`/networks/${net.slug}/manage`, `/networks/${net.slug}/organisations`, {
      organisationId: org.id,
    });
    const orgPage = `/organisations/${org.slug}`;
    const mc = await signedIn(t, manager.id);
    const it = await (await mc.get(orgPage)).text();
    expect(it).toContain("Reti che chiedono l&#39;adesione");
    expect(it).toContain("Rete Richiedente");
    const en = await (await mc.get(`${orgPage}?lang=en`)).text();
    expect(en).toContain("Networks asking this organisation to join");
    expect(en).toContain(`${orgPage}/networks/${net.id}/accept`);

    // Someone who merely belongs to the organisation sees no request and cannot answer it.
    const plain = await signedIn(t, member.id);
    expect(await (await plain.get(orgPage)).text()).not.toContain("Rete Richiedente");
    expect((await plain.submit(orgPage, `${orgPage}/networks/${net.id}/accept`, {})).status).toBe(403);
    // Nor can the coordinator who asked.
    expect((await coord.client.submit(orgPage, `${orgPage}/networks/${net.id}/accept`, {})).status).toBe(403);
    expect(await linkStatus(net.id, org.id)).toBe("pending");

    expect((await mc.submit(`${orgPage}?lang=en`, `${orgPage}/networks/${net.id}/decline`, {})).status).toBe(
      303,
    );
    expect(await linkStatus(net.id, org.id)).toBeUndefined();
    // Answering again finds nothing to answer.
    expect((await mc.submit(orgPage, `${orgPage}/networks/${net.id}/accept`, {})).status).toBe(404);
  });
});
