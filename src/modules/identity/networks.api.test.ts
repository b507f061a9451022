import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actorFor,
  addToNetwork,
  buildAccount,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
} from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
let org: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete API" });
  org = await buildOrganisation(t, { name: "Museo API", type: "museum", country: "IT", city: "Genova" });
  await buildOrganisation(t, { name: "Kirjasto API", type: "library", country: "FI", city: "Tampere" });
  const person = await buildAccount(t, { name: "Giorgio Membro API" });
  await joinOrganisation(t, org.id, person.id, "member", net.id);
  await addToNetwork(t, net.id, person.id, "member");
});
afterAll(() => t.close());

const call = (path: string, token?: string, init: RequestInit = {}) =>
  t.app.request(`/api/v1${path}`, {
    ...init,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.headers as Record<string, string>),
    },
  });

describe("organisations API", () => {
  it("lists with the envelope, paging, filters by type, country and network (id or slug), absolute urls", async () => {
    const res = await call("/organisations?limit=1&page=1");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ page: 1, limit: 1 });
    expect(body.total).toBeGreaterThanOrEqual(2);
    expect(body.items).toHaveLength(1);
    const museums = await (await call("/organisations?type=museum")).json();
    expect(museums.items.map((o: { name: string }) => o.name)).toEqual(["Museo API"]);
    expect(museums.items[0].url).toBe(`http://localhost:3000/organisations/${org.slug}`);
    expect(museums.items[0].networks[0]).toMatchObject({
      id: net.id,
      url: `http://localhost:3000/networks/${net.slug}`,
    });
    const fi = await (await call("/organisations?country=fi")).json();
    expect(fi.items.map((o: { name: string }) => o.name)).toEqual(["Kirjasto API"]);
    for (const ref of [net.id, net.slug]) {
      const inNet = await (await call(`/organisations?network=${ref}`)).json();
      expect(inNet.items.map((o: { id: string }) => o.id)).toEqual([org.id]);
    }
    expect((await (await call("/organisations?network=no-such-network")).json()).total).toBe(0);
  });

  it("answers 422 for limit over 100, unknown query fields and bad values; 404 for unknown or non-UUID ids", async () => {
    for (const q of ["limit=101", "colour=red", "type=castle", "page=0", "country=ITA"]) {
      const res = await call(`/organisations?${q}`);
      expect(res.status, q).toBe(422);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
    expect((await call("/organisations/not-a-uuid")).status).toBe(404);
    expect((await call("/organisations/0190a0a0-0000-7000-8000-000000000000")).status).toBe(404);
    const one = await (await call(`/organisations/${org.id}`)).json();
    expect(one).toMatchObject({
      id: org.id,
      name: "Museo API",
      type: "museum",
      isPublicAdministration: true,
    });
    expect(JSON.stringify(one)).not.toContain("Giorgio");
  });
});

describe("networks API", () => {
  it("lists networks and shows members with roles only to members of that network", async () => {
    const list = await (await call("/networks?limit=100")).json();
    expect(list.items.some((n: { id: string }) => n.id === net.id)).toBe(true);
    expect((await call("/networks?foo=1")).status).toBe(422);
    const anon = await (await call(`/networks/${net.id}`)).json();
    expect(anon.organisations.map((o: { id: string }) => o.id)).toEqual([org.id]);
    expect(anon.members).toBeUndefined();
    expect(anon.url).toBe(`http://localhost:3000/networks/${net.slug}`);
    const other = await actorFor(t, "other-coordinator", net.id);
    expect((await (await call(`/networks/${net.id}`, other.token)).json()).members).toBeUndefined();
    const member = await actorFor(t, "member", net.id);
    const seen = await (await call(`/networks/${net.id}`, member.token)).json();
    expect(seen.members).toContainEqual(
      expect.objectContaining({ name: "Giorgio Membro API", roles: ["member"] }),
    );
    expect((await call("/networks/xyz")).status).toBe(404);
  });

  it("creates invitations for coordinators: 201 + Location, 401, 403, 409 for a duplicate, 422 for bad bodies", async () => {
    const body = (b: unknown) => ({
      method: "POST",
      body: JSON.stringify(b),
      headers: { "content-type": "application/json" },
    });
    const path = `/networks/${net.id}/invitations`;
    expect((await call(path, undefined, body({ email: "x@example.org", role: "member" }))).status).toBe(401);
    const member = await actorFor(t, "facilitator", net.id);
    expect((await call(path, member.token, body({ email: "x@example.org", role: "member" }))).status).toBe(
      403,
    );
    const coord = await actorFor(t, "coordinator", net.id);
    const res = await call(
      path,
      coord.token,
      body({ email: "api.invito@example.org", role: "communicator" }),
    );
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({
      networkId: net.id,
      email: "api.invito@example.org",
      role: "communicator",
      status: "pending",
    });
    const location = res.headers.get("location")!;
    expect(location).toBe(`http://localhost:3000/api/v1/networks/${net.id}/invitations/${created.id}`);
    const again = await call(new URL(location).pathname.replace("/api/v1", ""), coord.token);
    expect((await again.json()).id).toBe(created.id);
    const dup = await call(path, coord.token, body({ email: "API.invito@example.org", role: "member" }));
    expect(dup.status).toBe(409);
    expect((await dup.json()).code).toBe("duplicate-invitation");
    for (const bad of [
      { email: "nope", role: "member" },
      { email: "a@example.org", role: "king" },
      { email: "b@example.org", role: "member", extra: 1 },
    ]) {
      const r = await call(path, coord.token, body(bad));
      expect(r.status, JSON.stringify(bad)).toBe(422);
      expect((await r.json()).errors.length).toBeGreaterThan(0);
    }
    expect(
      (
        await call(
          "/networks/not-a-uuid/invitations",
          coord.token,
          body({ email: "c@example.org", role: "member" }),
        )
      ).status,
    ).toBe(404);
    const audited = await t.deps.pool.query(
      "select count(*)::int as n from audit_log where action = 'invitation.sent' and network_id = $1",
      [net.id],
    );
    expect(audited.rows[0].n).toBe(1);
  });
});
