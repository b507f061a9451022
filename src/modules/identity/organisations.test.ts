import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import {
  addToNetwork,
  buildAccount,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
  signedIn,
} from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const auditActions = async (organisationId: string) =>
  (
    await t.deps.pool.query("select action from audit_log where organisation_id = $1 order by at, id", [
      organisationId,
    ])
  ).rows.map((r) => r.action as string);

// A real 1×1 PNG, recognised by its bytes.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

describe("organisations", () => {
  it("lists organisations publicly with type label, city and country, filtered by type and country", async () => {
    await buildOrganisation(t, {
      name: "Museo Civico di Prova",
      type: "museum",
      country: "IT",
      city: "Lucca",
    });
    await buildOrganisation(t, {
      name: "Stadtbibliothek Test",
      type: "library",
      country: "DE",
      city: "Köln",
    });
    const c = new Client(t, { "accept-language": "en" });
    const all = await (await c.get("/organisations")).text();
    expect(all).toContain("Museo Civico di Prova");
    expect(all).toContain("Museum");
    expect(all).toContain("Lucca");
    expect(all).toContain("Italy");
    const museums = await (await c.get("/organisations?type=museum")).text();
    expect(museums).toContain("Museo Civico di Prova");
    expect(museums).not.toContain("Stadtbibliothek Test");
    const german = await (await c.get("/organisations?country=DE")).text();
    expect(german).toContain("Stadtbibliothek Test");
    expect(german).not.toContain("Museo Civico di Prova");
    // A bad filter value is ignored, not an error.
    expect((await c.get("/organisations?type=nope&country=XX")).status).toBe(200);
  });

  it("creates an organisation: the creator is its manager, the PA flag is off whatever the form says", async () => {
    const a = await buildAccount(t);
    const c = await signedIn(t, a.id);
    const res = await c.submit("/organisations/new", "/organisations", {
      name: "Comune di Roccasecca Prova",
      type: "municipality",
      country: "IT",
      city: "Roccasecca",
      website: "https://www.comune.roccasecca.example",
      is_pa: "true",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/organisations/comune-di-roccasecca-prova");
    const row = (
      await t.deps.pool.query("select id, is_pa from organisations where slug = $1", [
        "comune-di-roccasecca-prova",
      ])
    ).rows[0];
    expect(row.is_pa).toBe(false);
    const m = (
      await t.deps.pool.query("select role, status from organisation_members where organisation_id = $1", [
        row.id,
      ])
    ).rows;
    expect(m).toEqual([{ role: "manager", status: "confirmed" }]);
    expect(await auditActions(row.id)).toEqual(["organisation.created"]);
    const page = await (await c.get("/organisations/comune-di-roccasecca-prova")).text();
    expect(page).toContain("Modifica il profilo");
  });

  it("shows errors on the same form, in the page's language, keeping the input, storing nothing", async () => {
    const a = await buildAccount(t);
    const c = await signedIn(t, a.id);
    await c.get("/organisations?lang=en");
    const res = await c.submit("/organisations/new", "/organisations", {
      name: "X",
      type: "castle",
      country: "ZZ",
      city: "Somewhere",
      website: "not a url",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Choose a country from the list.");
    expect(html).toContain("Choose one of the options");
    expect(html).toContain('value="Somewhere"');
    const n = await t.deps.pool.query("select 1 from organisations where city = 'Somewhere'");
    expect(n.rowCount).toBe(0);
  });

  it("refuses creation to anonymous visitors (to sign in) and unverified accounts", async () => {
    const res = await new Client(t).get("/organisations/new");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/sign-in?next=%2Forganisations%2Fnew");
    const u = await buildAccount(t, { verified: false });
    expect((await (await signedIn(t, u.id)).get("/organisations/new")).status).toBe(403);
  });

  it("lets a manager edit the profile and upload a logo with alt text, served with its type and nosniff", async () => {
    const org = await buildOrganisation(t, { name: "Biblioteca Logo" });
    const m = await buildAccount(t);
    await joinOrganisation(t, org.id, m.id, "manager");
    const c = await signedIn(t, m.id);
    const token = await c.csrf(`/organisations/${org.slug}/edit`);
    const form = new FormData();
    for (const [k, v] of Object.entries({
      _csrf: token,
      name: "Biblioteca Logo",
      type: "library",
      country: "IT",
      city: "Nemi",
      website: "",
      description: "Una biblioteca.",
    }))
      form.set(k, v);
    form.set("logo", new Blob([PNG], { type: "image/png" }), "logo.png");
    // Without alt text the form is refused and nothing is stored.
    const noAlt = await c.post(`/organisations/${org.slug}/edit`, form);
    expect(noAlt.status).toBe(422);
    expect(await noAlt.text()).toContain("testo alternativo");
    form.set("logoAlt", "Stemma della biblioteca");
    const ok = await c.post(`/organisations/${org.slug}/edit`, form);
    expect(ok.status).toBe(303);
    const page = await (await new Client(t).get(`/organisations/${org.slug}`)).text();
    const src = /<img class="org-logo[^"]*" src="([^"]+)" alt="Stemma della biblioteca"/.exec(page)?.[1];
    expect(src).toMatch(/^\/files\/logos\//);
    const file = await new Client(t).get(src!);
    expect(file.status).toBe(200);
    // Stored as the image pipeline's JPEG.
    expect(file.headers.get("content-type")).toBe("image/jpeg");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await sharp(Buffer.from(await file.arrayBuffer())).metadata()).toMatchObject({
      format: "jpeg",
      width: 1,
    });
  });

  it("refuses a logo that is not an image (checked on content) or too large, on the same form", async () => {
    const org = await buildOrganisation(t);
    const m = await buildAccount(t);
    await joinOrganisation(t, org.id, m.id, "manager");
    const c = await signedIn(t, m.id);
    const token = await c.csrf(`/organisations/${org.slug}/edit`);
    const base = { _csrf: token, name: "Ente", type: "museum", country: "IT", logoAlt: "Logo" };
    const send = async (bytes: Uint8Array<ArrayBuffer>, name: string) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(base)) form.set(k, v);
      form.set("logo", new Blob([bytes]), name);
      return c.post(`/organisations/${org.slug}/edit`, form);
    };
    const fake = await send(new TextEncoder().encode("<svg onload=alert(1)>"), "logo.png");
    expect(fake.status).toBe(422);
    expect(await fake.text()).toContain("non è un&#39;immagine che possiamo leggere");
    const big = new Uint8Array(1024 * 1024 + 10);
    big.set(PNG);
    const huge = await send(big, "big.png");
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain("troppo grande");
    const row = (await t.deps.pool.query("select logo_key, type from organisations where id = $1", [org.id]))
      .rows[0];
    expect(row).toEqual({ logo_key: null, type: "municipality" });
  });

  it("refuses editing to non-managers", async () => {
    const org = await buildOrganisation(t);
    const other = await buildAccount(t);
    await joinOrganisation(t, org.id, other.id, "member");
    const c = await signedIn(t, other.id);
    expect((await c.get(`/organisations/${org.slug}/edit`)).status).toBe(403);
  });

  it("handles a request to join: pending, then confirmed by a manager, with audit rows", async () => {
    const org = await buildOrganisation(t, { name: "Comune Adesioni" });
    const manager = await buildAccount(t);
    await joinOrganisation(t, org.id, manager.id, "manager");
    const p = await buildAccount(t, { name: "Lucia Richiedente" });
    const pc = await signedIn(t, p.id);
    const res = await pc.submit(`/organisations/${org.slug}`, `/organisations/${org.slug}/join`, {});
    expect(res.status).toBe(303);
    expect(await (await pc.get(`/organisations/${org.slug}`)).text()).toContain("in attesa di conferma");
    const again = await pc.submit(`/organisations/${org.slug}`, `/organisations/${org.slug}/join`, {});
    expect(again.status).toBe(303);
    const mc = await signedIn(t, manager.id);
    const page = await (await mc.get(`/organisations/${org.slug}`)).text();
    expect(page).toContain("Lucia Richiedente");
    const ok = await mc.submit(
      `/organisations/${org.slug}`,
      `/organisations/${org.slug}/members/${p.id}/confirm`,
      {},
    );
    expect(ok.status).toBe(303);
    const st = (
      await t.deps.pool.query("select status from organisation_members where account_id = $1", [p.id])
    ).rows[0];
    expect(st.status).toBe("confirmed");
    expect(await auditActions(org.id)).toEqual([
      "organisation.member-requested",
      "organisation.member-confirmed",
    ]);
    // Someone else cannot confirm.
    const x = await buildAccount(t);
    const q = await buildAccount(t);
    await (await signedIn(t, q.id)).submit(
      `/organisations/${org.slug}`,
      `/organisations/${org.slug}/join`,
      {},
    );
    const refused = await (await signedIn(t, x.id)).submit(
      `/organisations/${org.slug}`,
      `/organisations/${org.slug}/members/${q.id}/confirm`,
      {},
    );
    expect(refused.status).toBe(403);
  });

  it("shows people only to signed-in members of a shared network, names only, never contact details", async () => {
    const net = await buildNetwork(t);
    const org = await buildOrganisation(t, { name: "Comune Persone" });
    const person = await buildAccount(t, { name: "Anna Visibile", email: "anna.visibile@example.org" });
    await joinOrganisation(t, org.id, person.id, "member", net.id);
    const anon = await (await new Client(t).get(`/organisations/${org.slug}`)).text();
    expect(anon).not.toContain("Anna Visibile");
    const stranger = await buildAccount(t);
    expect(
      await (await (await signedIn(t, stranger.id)).get(`/organisations/${org.slug}`)).text(),
    ).not.toContain("Anna Visibile");
    const member = await buildAccount(t);
    await addToNetwork(t, net.id, member.id, "member");
    const seen = await (await (await signedIn(t, member.id)).get(`/organisations/${org.slug}`)).text();
    expect(seen).toContain("Anna Visibile");
    expect(seen).not.toContain("anna.visibile@example.org");
  });

  it("lets only platform admins set the PA flag (not its manager, not any coordinator), audited", async () => {
    const net = await buildNetwork(t);
    const org = await buildOrganisation(t, { isPa: false });
    await joinOrganisation(t, org.id, (await buildAccount(t)).id, "member", net.id);
    const manager = await buildAccount(t);
    await joinOrganisation(t, org.id, manager.id, "manager");
    const otherCoord = await buildAccount(t);
    await addToNetwork(t, (await buildNetwork(t)).id, otherCoord.id, "coordinator");
    // Even a coordinator of a network it belongs to: the flag counts in every network it is in.
    const coord = await buildAccount(t);
    await addToNetwork(t, net.id, coord.id, "coordinator");
    for (const who of [manager.id, otherCoord.id, coord.id]) {
      const c = await signedIn(t, who);
      expect(await (await c.get(`/organisations/${org.slug}`)).text()).not.toContain("Segna come pubblica");
      expect(
        (await c.submit(`/organisations/${org.slug}`, `/organisations/${org.slug}/pa`, { isPa: "true" }))
          .status,
      ).toBe(403);
    }
    expect(
      (await t.deps.pool.query("select is_pa from organisations where id = $1", [org.id])).rows[0].is_pa,
    ).toBe(false);
    const admin = await buildAccount(t, { isAdmin: true });
    const ac = await signedIn(t, admin.id);
    expect(
      (await ac.submit(`/organisations/${org.slug}`, `/organisations/${org.slug}/pa`, { isPa: "true" }))
        .status,
    ).toBe(303);
    expect(await (await new Client(t).get(`/organisations/${org.slug}`)).text()).toContain(
      "Pubblica amministrazione",
    );
    expect(
      (await ac.submit(`/organisations/${org.slug}`, `/organisations/${org.slug}/pa`, { isPa: "false" }))
        .status,
    ).toBe(303);
    expect(await auditActions(org.id)).toEqual(["organisation.pa-flag-set", "organisation.pa-flag-unset"]);
  });

  it("answers 404 for unknown organisations and files", async () => {
    const c = new Client(t);
    expect((await c.get("/organisations/does-not-exist")).status).toBe(404);
    expect((await c.get("/files/logos/nothing.png")).status).toBe(404);
    expect((await c.get("/files/logos/..%2F..%2Fetc%2Fpasswd")).status).toBe(404);
  });
});
