// /live over real sockets, getting in: tickets for API clients (stored as hashes, 60 s), session
// cookies from this site's origin, and the refusals before the upgrade. Set-up shared through
// live.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { apiTokenFor, buildAccount } from "../../../test/helpers/factories.ts";
import {
  browserHeaders,
  connectLive,
  type LiveServer,
  liveTicket,
  refusedUpgrade,
} from "../../../test/helpers/live.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { hashToken } from "../ids.ts";
import { useLiveServer } from "./live.test-kit.ts";

const kit = useLiveServer();
let t: TestRuntime;
let s: LiveServer;
beforeAll(() => {
  ({ t, s } = kit);
});

async function apiToken(accountId: string) {
  return apiTokenFor(t, accountId);
}

describe("POST /api/v1/live/tickets", () => {
  it("gives a Bearer-token client a ticket valid 60 s, with the URL to connect to, stored only as a hash", async () => {
    const a = await buildAccount(t);
    const res = await t.app.request("/api/v1/live/tickets", {
      method: "POST",
      headers: { authorization: `Bearer ${await apiToken(a.id)}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ticket: string; expiresAt: string; url: string };
    expect(body.ticket).toMatch(/^lt_[\w-]{20,}$/);
    expect(new Date(body.expiresAt).getTime() - t.clock.now().getTime()).toBe(60_000);
    expect(body.url).toBe(`ws://localhost:3000/live?ticket=${body.ticket}`);
    const rows = await t.deps.pool.query("select id, account_id from live_tickets where account_id = $1", [
      a.id,
    ]);
    expect(rows.rows).toEqual([{ id: hashToken(body.ticket), account_id: a.id }]);
  });

  it("refuses callers without a Bearer token, including a signed-in browser, as problem details", async () => {
    const anonymous = await t.app.request("/api/v1/live/tickets", { method: "POST" });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toContain("application/problem+json");
    expect(((await anonymous.json()) as { code: string }).code).toBe("unauthorized");

    const a = await buildAccount(t);
    const cookie = (await browserHeaders(t, a.id)).cookie!;
    // The cookie alone is refused before the route: the API's CSRF check (docs/decisions/0010).
    const forged = await t.app.request("/api/v1/live/tickets", { method: "POST", headers: { cookie } });
    expect(forged.status).toBe(403);
    // With the session's CSRF token it reaches the route, which still wants a Bearer token.
    const page = await (await t.app.request("/", { headers: { cookie } })).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
    const browser = await t.app.request("/api/v1/live/tickets", {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrf },
    });
    expect(browser.status).toBe(401);

    const bad = await t.app.request("/api/v1/live/tickets", {
      method: "POST",
      headers: { authorization: "Bearer bt_not-a-token" },
    });
    expect(bad.status).toBe(401);
  });

  it("is described in the OpenAPI document", async () => {
    const doc = (await (await t.app.request("/api/v1/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(doc.paths["/live/tickets"]).toHaveProperty("post");
  });
});

describe("connecting to /live", () => {
  it("accepts a ticket once, greeting the ticket's account with hello", async () => {
    const a = await buildAccount(t, { name: "Marta Rinaldi" });
    const ticket = await liveTicket(t, a.id);
    const c = await connectLive(`${s.url}?ticket=${ticket}`);
    expect(await c.next()).toEqual({ type: "hello", actor: { id: a.id, name: "Marta Rinaldi" } });
    c.close();

    const again = await refusedUpgrade(`${s.url}?ticket=${ticket}`);
    expect(again.status).toBe(401);
    expect(again.body.code).toBe("invalid-ticket");
  });

  it("refuses a ticket after its 60 seconds, and an invented one", async () => {
    const a = await buildAccount(t);
    const ticket = await liveTicket(t, a.id);
    t.clock.advance(61_000);
    expect((await refusedUpgrade(`${s.url}?ticket=${ticket}`)).status).toBe(401);
    expect((await refusedUpgrade(`${s.url}?ticket=lt_invented`)).status).toBe(401);
    expect((await refusedUpgrade(`${s.url}?ticket=`)).status).toBe(401);
  });

  it("accepts a browser's session cookie from this site's origin", async () => {
    const a = await buildAccount(t, { name: "Luca Bianchi" });
    const c = await connectLive(s.url, await browserHeaders(t, a.id));
    expect(await c.next()).toEqual({ type: "hello", actor: { id: a.id, name: "Luca Bianchi" } });
    c.close();
  });

  it("refuses a session cookie sent from another origin, or with no origin (403)", async () => {
    const a = await buildAccount(t);
    const headers = await browserHeaders(t, a.id);
    const evil = await refusedUpgrade(s.url, { ...headers, origin: "https://evil.example" });
    expect(evil.status).toBe(403);
    expect(evil.body.code).toBe("bad-origin");
    expect((await refusedUpgrade(s.url, { cookie: headers.cookie! })).status).toBe(403);
  });

  it("answers 401 before the upgrade without credentials or with an ended session", async () => {
    const none = await refusedUpgrade(s.url, { origin: "http://localhost:3000" });
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ status: 401, code: "unauthorized" });
    const stale = await refusedUpgrade(s.url, {
      cookie: "bottega_session=forged",
      origin: "http://localhost:3000",
    });
    expect(stale.status).toBe(401);
  });

  it("answers 404 for WebSocket upgrades on other paths", async () => {
    const a = await buildAccount(t);
    const res = await refusedUpgrade(`ws://127.0.0.1:${s.port}/elsewhere`, await browserHeaders(t, a.id));
    expect(res.status).toBe(404);
  });

  it("leaves ordinary HTTP on the same port alone", async () => {
    expect((await fetch(`${s.http}/healthz`)).status).toBe(200);
  });
});
