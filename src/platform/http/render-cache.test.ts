// The anonymous render cache: hits for anonymous visitors, never for anyone else, and an edit shows
// at once in the same process (writes through Kysely, state-changing requests), or after the TTL
// when another process made it.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount, buildNetwork, signedIn } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { buildPractice, editPractice } from "../../../test/helpers/practices.ts";
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
    await jobsSettled(t); // an event handler's write would empty the cache in the middle
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
    await jobsSettled(t); // an event handler's write would empty the cache in the middle
    expect((await home()).html).toContain("Nome vecchio");
    expect((await home()).cache).toBe("hit");
    await sql`update networks set name = ${"Nome nuovo"} where id = ${n.id}`.execute(t.deps.db);
    const after = await home();
    expect(after.html).toContain("Nome nuovo");
    expect(after.html).not.toContain("Nome vecchio");
  });

  it("drops everything after a state-changing request that wrote, even what it wrote around Kysely", async () => {
    const n = await buildNetwork(t, { name: "Prima del modulo" });
    const me = await signedIn(t, (await buildAccount(t)).id);
    await jobsSettled(t); // an event handler's write would empty the cache in the middle
    await home();
    expect((await home()).cache).toBe("hit");
    await t.deps.pool.query("update networks set name = $1 where id = $2", ["Dopo il modulo", n.id]);
    // A form post that writes through Kysely (signing out deletes the session) ends with an invalidation.
    const res = await me.post("/sign-out", { _csrf: await me.csrf("/accessibility") });
    expect(res.status).toBe(303);
    expect((await home()).html).toContain("Dopo il modulo");
  });

  it("leaves the pages cached after a rate-limit hit, counted or refused", async () => {
    const ipHits = async () =>
      (
        await sql<{ hits: number }>`select coalesce(sum(hits), 0)::int as hits from rate_limits
          where key like 'sign-in:ip:%'`.execute(t.deps.db)
      ).rows[0]?.hits ?? 0;
    const signIn = () =>
      anon().submit("/sign-in", "/sign-in", { email: "nessuno@example.org", password: "non-questa-1234" });
    const before = await ipHits();
    await home();
    expect((await home()).cache).toBe("hit");
    // A wrong password: one hit on the per-client counter and one throttled attempt at the address.
    expect((await signIn()).status).toBe(401);
    expect(await ipHits()).toBe(before + 1);
    expect((await home()).cache).toBe("hit");
    // Over the limit: refused with 429, the counter still counts.
    await sql`update rate_limits set hits = 10000 where key like 'sign-in:ip:%'`.execute(t.deps.db);
    await home();
    expect((await home()).cache).toBe("hit");
    expect((await signIn()).status).toBe(429);
    expect(await ipHits()).toBeGreaterThan(10000);
    expect((await home()).cache).toBe("hit");
    await sql`delete from rate_limits where key like 'sign-in:ip:%'`.execute(t.deps.db);
  });

  it("leaves the pages cached when a signed-in visit touches its session", async () => {
    const a = await buildAccount(t);
    const me = await signedIn(t, a.id);
    const lastSeen = async () =>
      (
        await sql<{ at: Date }>`select last_seen_at as at from sessions where account_id = ${a.id}`.execute(
          t.deps.db,
        )
      ).rows[0]?.at.getTime();
    const before = await lastSeen();
    // The session is touched at most once an hour.
    t.clock.advance(3_600_001);
    await home();
    expect((await home()).cache).toBe("hit");
    expect((await me.get("/accessibility")).status).toBe(200);
    expect(await lastSeen()).toBe((before ?? 0) + 3_600_001);
    expect((await home()).cache).toBe("hit");
  });

  it("drops a practice's page at once when the practice is edited", async () => {
    const p = await buildPractice(t, { title: "Titolo prima della modifica" });
    await jobsSettled(t); // an event handler's write would empty the cache in the middle
    const page = async () => {
      const res = await anon().get(`/practices/${p.slug}`);
      return { cache: res.headers.get("x-render-cache"), html: await res.text() };
    };
    expect((await page()).cache).toBe("miss");
    expect((await page()).cache).toBe("hit");
    await editPractice(t, p.id, { title: "Titolo dopo la modifica" });
    const after = await page();
    expect(after.cache).toBe("miss");
    expect(after.html).toContain("Titolo dopo la modifica");
    expect(after.html).not.toContain("Titolo prima della modifica");
  });

  it("neither answers nor stores requests that prefer another representation than HTML", async () => {
    const n = await buildNetwork(t, { name: "Rete federata" });
    await jobsSettled(t); // an event handler's write would empty the cache in the middle
    const path = `/networks/${n.slug}`;
    const ask = async (accept?: string) => {
      const res = await anon().get(path, accept ? { accept } : {});
      return { status: res.status, cache: res.headers.get("x-render-cache"), res };
    };
    // Asked first for ActivityStreams: the application answers, and nothing is stored.
    expect((await ask("application/activity+json")).cache).toBeNull();
    expect((await ask("text/html,application/xhtml+xml,*/*;q=0.8")).cache).toBe("miss");
    expect((await ask()).cache).toBe("hit");
    // A page is cached now: requests for other representations still reach the application.
    for (const accept of [
      'application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams"',
      "application/json",
      "application/atom+xml, text/html;q=0.5",
    ]) {
      const r = await ask(accept);
      expect(r.cache, accept).toBeNull();
      expect(r.res.headers.get("x-request-id")).toBeTruthy();
    }
    expect((await ask("*/*")).cache).toBe("hit");
  });

  it("stores pages with Accept in their Vary, on the stored answer and on every hit", async () => {
    await buildNetwork(t, { name: "Rete con Vary" });
    await jobsSettled(t); // an event handler's write would empty the cache in the middle
    const first = await home();
    const second = await home();
    expect([first.cache, second.cache]).toEqual(["miss", "hit"]);
    for (const r of [first, second])
      expect(r.res.headers.get("vary")).toBe("Accept-Language, Cookie, Accept");
  });

  it("expires entries after the TTL, for writes made by another process", async () => {
    const n = await buildNetwork(t, { name: "Scritto qui" });
    await jobsSettled(t); // an event handler's write would empty the cache in the middle
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
