// Guests joining by link are bounded (issue 11): per client address (as TRUST_PROXY says to read
// it), per session across addresses, and by a ceiling on the guests a session holds. Rate limits
// answer the join form again with 429, Retry-After and the wait in the person's language; a full
// session says so on the join page. Limits here are small so a few joins reach them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard } from "../../../test/helpers/boards.ts";
import { Client } from "../../../test/helpers/client.ts";
import { addToNetwork, buildAccount, signedIn } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime({
    env: { TRUST_PROXY: "1" },
    limits: {
      boardGuestJoinsPerIp: { max: 2, windowSeconds: 600 },
      boardGuestJoinsPerSession: { max: 5, windowSeconds: 60 },
      boardGuestsPerSession: { max: 3, windowSeconds: 0 },
    },
  });
});
afterAll(() => t.close());

const text = async (r: Response) => (await r.text()).replace(/&#39;/g, "'");

/** A new browser (its own cookies) at `ip`, behind the one proxy TRUST_PROXY=1 trusts. */
const guestAt = (ip: string) => new Client(t, { "x-forwarded-for": ip });

async function guestsOf(sessionId: string): Promise<number> {
  const r = await t.deps.pool.query(
    "select count(*)::int as n from board_participants where session_id = $1 and role = 'guest'",
    [sessionId],
  );
  return r.rows[0].n;
}

describe("guests joining by link", () => {
  it("limits joins from one address, with 429, Retry-After and the wait in the person's language", async () => {
    const board = await buildBoard(t, { guestsAllowed: true }, 0);
    const link = `/boards/join/${board.session.join_code}`;
    for (const name of ["Ospite Uno", "Ospite Due"])
      expect((await guestAt("198.51.100.7").submit(link, link, { name })).status).toBe(303);
    const third = await guestAt("198.51.100.7").submit(link, link, { name: "Ospite Tre" });
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
    const page = await text(third);
    expect(page).toContain("Troppe persone stanno entrando come ospiti in questo momento. Riprova tra");
    expect(page).toContain('value="Ospite Tre"');
    const en = guestAt("198.51.100.7");
    await en.get(`${link}?lang=en`);
    const fourth = await en.submit(link, link, { name: "Guest Four" });
    expect(fourth.status).toBe(429);
    expect(await text(fourth)).toContain("Too many people are joining as guests right now.");
    expect(await guestsOf(board.session.id)).toBe(2);
    // A forged leftmost X-Forwarded-For entry does not make another address.
    const forged = guestAt("203.0.113.1, 198.51.100.7");
    expect((await forged.submit(link, link, { name: "Ospite Falsa" })).status).toBe(429);
    // Someone else, from another address, still joins.
    expect((await guestAt("198.51.100.8").submit(link, link, { name: "Ospite Cinque" })).status).toBe(303);
  });

  it("holds a session to its most guests; members with an account still join", async () => {
    const board = await buildBoard(t, { guestsAllowed: true }, 0);
    const link = `/boards/join/${board.session.join_code}`;
    for (const n of [1, 2, 3])
      expect((await guestAt(`192.0.2.${n}`).submit(link, link, { name: `Ospite ${n}` })).status).toBe(303);
    const late = guestAt("192.0.2.4");
    const refused = await late.submit(link, link, { name: "Ospite in ritardo" });
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe(link);
    expect(await text(await late.get(link))).toContain(
      "La sessione ha già il numero massimo di ospiti: accedi con il tuo account per partecipare.",
    );
    expect(await guestsOf(board.session.id)).toBe(3);
    const member = await buildAccount(t);
    await addToNetwork(t, board.network.id, member.id, "member");
    const c = await signedIn(t, member.id);
    expect((await c.submit(link, link, {})).status).toBe(303);
    expect(await text(await c.get(`/boards/${board.session.id}`))).toContain("(partecipante)");
  });

  it("limits joins into one session from many addresses", async () => {
    const board = await buildBoard(t, { guestsAllowed: true, anonymous: true }, 0);
    const link = `/boards/join/${board.session.join_code}`;
    const statuses: number[] = [];
    for (let n = 1; n <= 6; n++)
      statuses.push((await guestAt(`100.64.0.${n}`).submit(link, link, { name: `Ospite ${n}` })).status);
    // Three join, two more are told the session is full, the sixth attempt in the minute is a 429.
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
    expect(await guestsOf(board.session.id)).toBe(3);
  });
});
