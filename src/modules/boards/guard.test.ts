// Sign in first (board-experience issue, item 6): a signed-out person on any /boards/:id page is
// sent through sign-in and back before the session is looked up — the same answer for a session
// that exists, one that does not, and a malformed id — and after signing in a session they may not
// see is still a 404. Guests with their cookie for the session keep working; the join link and a
// guest's /live ticket are not behind it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard } from "../../../test/helpers/boards.ts";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount, TEST_PASSWORD } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

describe("a signed-out person on a session's pages", () => {
  it("is sent to sign in before anything is read, alike for sessions that exist and those that do not", async () => {
    const b = await buildBoard(t, { guestsAllowed: true }, 0);
    const ids = [b.session.id, "0190a0a0-0000-7000-8000-000000000000", "not-a-uuid"];
    const tails = [
      "",
      "/summary",
      "/summary.md",
      "/summary.pdf",
      "/export.csv",
      "/close",
      "/promote?source=x",
    ];
    const anon = new Client(t);
    for (const id of ids)
      for (const tail of tails) {
        const path = `/boards/${id}${tail}`;
        const res = await anon.get(path);
        expect(res.status, path).toBe(303);
        expect(res.headers.get("location"), path).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
      }
    // Posts too (a stale form after signing out): sign in, nothing done.
    const token = await anon.csrf(`/boards/join/${b.session.join_code}`);
    for (const id of ids) {
      const res = await anon.post(`/boards/${id}/commands`, {
        _csrf: token,
        command: "ready",
        ready: "true",
      });
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toMatch(/^\/sign-in\?next=/);
    }
    // The join link stays open to guests; a /live ticket answers the script with problem details.
    expect((await anon.get(`/boards/join/${b.session.join_code}`)).status).toBe(200);
    const ticket = await anon.post(`/boards/${b.session.id}/live-ticket`, { _csrf: token });
    expect(ticket.status).toBe(404);
    expect(ticket.headers.get("content-type")).toContain("application/problem+json");
  });

  it("comes back after signing in: the session when they may see it, a 404 when not", async () => {
    const b = await buildBoard(t, {}, 1);
    const path = `/boards/${b.session.id}/summary`;
    const member = new Client(t);
    const res = await member.get(path);
    const next = res.headers.get("location")!;
    const signIn = await member.submit(next, "/sign-in", {
      email: b.people[0]!.account.email,
      password: TEST_PASSWORD,
      next: path,
    });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get("location")).toBe(path);
    expect((await member.get(path)).status).toBe(200);

    const stranger = await buildAccount(t);
    const other = new Client(t);
    const s = await other.submit(`/sign-in?next=${encodeURIComponent(path)}`, "/sign-in", {
      email: stranger.email,
      password: TEST_PASSWORD,
      next: path,
    });
    expect(s.headers.get("location")).toBe(path);
    expect((await other.get(path)).status).toBe(404);
  });

  it("keeps a guest with their cookie working as a guest; a cookie for another session does not count", async () => {
    const b = await buildBoard(t, { guestsAllowed: true }, 0);
    const other = await buildBoard(t, { guestsAllowed: true }, 0);
    const guest = new Client(t);
    const link = `/boards/join/${b.session.join_code}`;
    expect((await guest.submit(link, link, { name: "Ospite Lucia" })).status).toBe(303);
    const page = await guest.get(`/boards/${b.session.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Partecipi come Ospite Lucia (ospite).");
    expect((await guest.get(`/boards/${b.session.id}/summary.md`)).status).toBe(200);
    const elsewhere = await guest.get(`/boards/${other.session.id}`);
    expect(elsewhere.status).toBe(303);
    expect(elsewhere.headers.get("location")).toMatch(/^\/sign-in\?next=/);
  });
});
