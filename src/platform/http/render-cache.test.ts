// The anonymous render cache: hits for anonymous visitors, never for anyone else, and an edit shows
// at once in the same process (writes through Kysely, state-changing requests), or after the TTL
// when another process made it.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount, buildNetwork, signedIn } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const anon = () => new Client(t);

async function home(c = anon()) {
  const res = await c.get("/");
  return { status: res.status, cache: res.headers.get("x-render-cache"), html: await res.text(), res };
}

describe("render cache", () => {
  it("serves the second anonymous visit from memory with the same bytes and headers", async () => {
    await buildNetwork(t, { name: "Rete della cache" });
    const first = await home();
    const second = await home();
    expect(first.cache).toBe("miss");
    expect(second.cache).toBe("hit");
    expect(second.html).toBe(first.html);
    expect(second.res.headers.get("content-type")).toBe(first.res.headers.get("content-type"));
    expect(second.res.headers.get("content-language")).toBe("it");
    expect(second.res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(second.res.headers.get("x-request-id")).not.toBe(first.res.headers.get("x-request-id"));
  });

  it("keeps languages apart (Accept-Language and the language cookie)", async () => {
    await home();
    const en = await home(new Client(t, { "accept-language": "en" }));
    expect(en.html).toContain('<html lang="en">');
    const cookie = new Client(t);
    cookie.cookies.set("bottega_lang", "en");
    expect((await home(cookie)).html).toContain('<html lang="en">');
    expect((await home()).html).toContain('<html lang="it">');
  });

  it("shows a new network at once after a write through Kysely", async () => {
    await home();
    expect((await home()).cache).toBe("hit");
    await buildNetwork(t, { name: "Rete appena creata" });
    const after = await home();
    expect(after.cache).toBe("miss");
    expect(after.html).toContain("Rete appena creata");
  });

  it("shows an edit made with raw SQL through Kysely at once", async () => {
    const n = await buildNetwork(t, { name: "Nome vecchio" });
    expect((await home()).html).toContain("Nome vecchio");
    expect((await home()).cache).toBe("hit");
    await sql`update networks set name = ${"Nome nuovo"} where id = ${n.id}`.execute(t.deps.db);
    const after = await home();
    expect(after.html).toContain("Nome nuovo");
    expect(after.html).not.toContain("Nome vecchio");
  });

  it("drops everything after a state-changing request, even when its write bypassed Kysely", async () => {
    const n = await buildNetwork(t, { name: "Prima del modulo" });
    await home();
    expect((await home()).cache).toBe("hit");
    await t.deps.pool.query("update networks set name = $1 where id = $2", ["Dopo il modulo", n.id]);
    // A form post (here: signing out, which any visitor may send) ends with an invalidation.
    const visitor = anon();
    const res = await visitor.submit("/sign-in", "/sign-out", {});
    expect(res.status).toBe(303);
    expect((await home()).html).toContain("Dopo il modulo");
  });

  it("expires entries after the TTL, for writes made by another process", async () => {
    const n = await buildNetwork(t, { name: "Scritto qui" });
    await home();
    // Another process writes: this process's counter does not move.
    await t.deps.pool.query("update networks set name = $1 where id = $2", ["Scritto altrove", n.id]);
    expect((await home()).html).toContain("Scritto qui");
    t.clock.advance(2001);
    expect((await home()).html).toContain("Scritto altrove");
  });

  it("never serves or stores pages for signed-in people", async () => {
    const a = await buildAccount(t, { name: "Persona Collegata" });
    await home();
    const me = await signedIn(t, a.id);
    const mine = await home(me);
    expect(mine.cache).toBeNull();
    expect(mine.html).toContain("Persona Collegata");
    const again = await home();
    expect(again.html).not.toContain("Persona Collegata");
  });

  it("does not share pages that carry a per-visitor CSRF token", async () => {
    const a = anon();
    const b = anon();
    const pageA = await a.get("/sign-in");
    const pageB = await b.get("/sign-in");
    expect(pageA.headers.get("x-render-cache")).toBeNull();
    const token = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    const [ta, tb] = [token(await pageA.text()), token(await pageB.text())];
    expect(ta).toBeTruthy();
    expect(ta).not.toBe(tb);
    // With its CSRF cookie, the same visitor is not served from the cache either.
    const repeat = await a.get("/sign-in");
    expect(repeat.headers.get("x-render-cache")).toBeNull();
    expect(token(await repeat.text())).toBe(ta);
  });

  it("does not cache error pages or ?lang= visits (which set a cookie)", async () => {
    await anon().get("/no-such-page");
    expect((await anon().get("/no-such-page")).headers.get("x-render-cache")).toBeNull();
    await anon().get("/?lang=en");
    expect((await anon().get("/?lang=en")).headers.get("x-render-cache")).toBeNull();
  });
});

describe("remembered sessions", () => {
  const header = async (c: Client) => {
    const html = await (await c.get("/accessibility")).text();
    return /<header[\s\S]*<\/header>/.exec(html)?.[0] ?? "";
  };

  it("shows a change to the signed-in person at once when it was written through Kysely", async () => {
    const a = await buildAccount(t, { name: "Nome Iniziale" });
    const me = await signedIn(t, a.id);
    expect(await header(me)).toContain("Nome Iniziale");
    expect(await header(me)).toContain("Nome Iniziale");
    await sql`update accounts set name = ${"Nome Cambiato"} where id = ${a.id}`.execute(t.deps.db);
    expect(await header(me)).toContain("Nome Cambiato");
  });

  it("signs out at once in this process, and within the TTL when another process ended the session", async () => {
    const a = await buildAccount(t, { name: "Persona Uscente" });
    const me = await signedIn(t, a.id);
    expect(await header(me)).toContain("Persona Uscente");
    // Another process deletes every session of the account (sign out everywhere elsewhere).
    await t.deps.pool.query("delete from sessions where account_id = $1", [a.id]);
    expect(await header(me)).toContain("Persona Uscente");
    t.clock.advance(2001);
    expect(await header(me)).not.toContain("Persona Uscente");

    const b = await buildAccount(t, { name: "Persona Che Esce" });
    const other = await signedIn(t, b.id);
    expect(await header(other)).toContain("Persona Che Esce");
    const session = other.cookies.get("bottega_session") ?? "";
    const token = await other.csrf("/accessibility");
    expect((await other.post("/sign-out", { _csrf: token })).status).toBe(303);
    // The old cookie, replayed, is worthless at once (no remembered session survives the sign-out).
    other.cookies.set("bottega_session", session);
    expect(await header(other)).not.toContain("Persona Che Esce");
  });
});
