// CSRF on the API: a call authenticated by the session cookie must come from this site and carry
// the session's token in X-CSRF-Token; a Bearer call needs neither (docs/decisions/0013-api-csrf.md).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { buildLab, buildMeeting } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t);
});
afterAll(() => t.close());

/** A member registered for a new meeting, with a signed-in browser and an API token. */
async function registered() {
  const lab = await buildLab(t, net.id);
  const meeting = await buildMeeting(t, lab, { capacity: 10 });
  const who = (await actorFor(t, "member", net.id)) as Awaited<ReturnType<typeof actorFor>> & {
    token: string;
    accountId: string;
  };
  const res = await t.app.request(`/api/v1/meetings/${meeting.id}/registrations`, {
    method: "POST",
    headers: { authorization: `Bearer ${who.token}` },
  });
  expect(res.status).toBe(201);
  return { meeting, who, url: `/api/v1/meetings/${meeting.id}/registrations/me` };
}

/** Live (not cancelled) registrations of the account for the meeting: cancelling keeps the row. */
const registrations = async (meetingId: string, accountId: string) =>
  (
    await t.deps.pool.query(
      "select count(*)::int as n from registrations where meeting_id = $1 and account_id = $2 and status <> 'cancelled'",
      [meetingId, accountId],
    )
  ).rows[0].n as number;

describe("CSRF on the API", () => {
  it("refuses a cross-site DELETE carried by the session cookie, and deletes nothing", async () => {
    const { meeting, who, url } = await registered();
    for (const headers of [
      // What a page on another site makes a browser send (a form or fetch with credentials).
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { origin: "https://evil.example" },
      // No cross-site signal (not a browser, or an old one), but no token either.
      {},
    ] as Record<string, string>[]) {
      const res = await who.client.request(url, { method: "DELETE", headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(await res.json()).toMatchObject({
        code: "csrf-failed",
        status: 403,
        type: "/problems/csrf-failed",
      });
    }
    expect(await registrations(meeting.id, who.accountId)).toBe(1);
  });

  it("refuses the cookie with a wrong token, or the right token sent from another site", async () => {
    const { meeting, who, url } = await registered();
    const token = await who.client.csrf();
    const wrong = await who.client.request(url, {
      method: "DELETE",
      headers: {
        "x-csrf-token": `${token}x`,
        origin: "http://localhost:3000",
        "sec-fetch-site": "same-origin",
      },
    });
    expect(wrong.status).toBe(403);
    const crossSite = await who.client.request(url, {
      method: "DELETE",
      headers: { "x-csrf-token": token, origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.status).toBe(403);
    // Another session's token (a page the attacker fetched with its own account) is not this one's.
    const other = await actorFor(t, "member", net.id);
    const theirs = await other.client.csrf();
    const foreign = await who.client.request(url, {
      method: "DELETE",
      headers: { "x-csrf-token": theirs, origin: "http://localhost:3000", "sec-fetch-site": "same-origin" },
    });
    expect(foreign.status).toBe(403);
    expect(await registrations(meeting.id, who.accountId)).toBe(1);
  });

  it("accepts the cookie from this site with the session's token in X-CSRF-Token", async () => {
    const { meeting, who, url } = await registered();
    const token = await who.client.csrf();
    const res = await who.client.request(url, {
      method: "DELETE",
      headers: { "x-csrf-token": token, origin: "http://localhost:3000", "sec-fetch-site": "same-origin" },
    });
    expect(res.status).toBe(204);
    expect(await registrations(meeting.id, who.accountId)).toBe(0);
  });

  it("leaves a Bearer call as it was, even cross-site and with a session cookie beside it", async () => {
    const { meeting, who, url } = await registered();
    const res = await who.client.request(url, {
      method: "DELETE",
      headers: {
        authorization: `Bearer ${who.token}`,
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
      },
    });
    expect(res.status).toBe(204);
    expect(await registrations(meeting.id, who.accountId)).toBe(0);
  });

  it("still reads with the cookie alone: GET is not state-changing", async () => {
    const { meeting, who } = await registered();
    const res = await who.client.request(`/api/v1/meetings/${meeting.id}`, {
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(200);
  });
});
