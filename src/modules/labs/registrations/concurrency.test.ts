// 50 people registering at the same moment for 10 places: exactly 10 confirmed and 40 waitlisted,
// nobody twice. Only PostgreSQL can prove this (the embedded database runs one query at a time).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildAccount, buildNetwork } from "../../../../test/helpers/factories.ts";
import { buildLab, buildMeeting } from "../../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { newId } from "../../../platform/ids.ts";
import { type BatchItem, registerBatch } from "./repo.ts";

const onPostgres = Boolean(process.env.DATABASE_URL);
let t: TestRuntime;

describe.skipIf(!onPostgres)("registration under concurrency (PostgreSQL only; skipped on embedded)", () => {
  beforeAll(async () => {
    t = await createTestRuntime({ poolSize: 20 });
  });
  afterAll(() => t?.close());

  it("50 parallel registrations for 10 places over 20 connections: 10 confirmed, 40 waitlisted, no duplicates", async () => {
    const net = await buildNetwork(t);
    const m = await buildMeeting(t, await buildLab(t, net.id), { capacity: 10, waitlist: true });
    const people = await Promise.all(Array.from({ length: 50 }, () => actorFor(t, "member", net.id)));
    const register = (token: string) =>
      t.app.request(`/api/v1/meetings/${m.id}/registrations`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
      });
    // Each person also tries a second time at the same moment: exactly one of the two may succeed.
    const answers = await Promise.all(people.flatMap((p) => [register(p.token!), register(p.token!)]));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 409)).toHaveLength(50);
    const bodies = await Promise.all(answers.filter((a) => a.status === 201).map((a) => a.json()));
    expect(bodies.filter((b) => b.status === "confirmed")).toHaveLength(10);
    expect(bodies.filter((b) => b.status === "waitlisted")).toHaveLength(40);
    const one = await (await t.app.request(`/api/v1/meetings/${m.id}`)).json();
    expect(one).toMatchObject({ confirmed: 10, waitlisted: 40 });
    const kept = await t.deps.pool.query("select confirmed_count from meetings where id = $1", [m.id]);
    expect(kept.rows[0].confirmed_count).toBe(10);
    // Cancellations at the same moment as new registrations: each freed place goes to someone
    // waiting, never twice, and the kept count stays exact.
    const late = await Promise.all(Array.from({ length: 10 }, () => actorFor(t, "member", net.id)));
    const cancel = (token: string) =>
      t.app.request(`/api/v1/meetings/${m.id}/registrations/me`, {
        method: "DELETE",
        headers: { authorization: `Bearer ${token}` },
      });
    const confirmedPeople = people.filter((_, i) => bodies[i]?.status === "confirmed");
    await Promise.all([
      ...confirmedPeople.slice(0, 5).map((p) => cancel(p.token!)),
      ...late.map((p) => register(p.token!)),
    ]);
    const after = await t.deps.pool.query(
      "select status, count(*)::int as n from registrations where meeting_id = $1 group by status",
      [m.id],
    );
    const n = (st: string) => after.rows.find((r) => r.status === st)?.n ?? 0;
    expect(n("confirmed")).toBe(10);
    expect(n("waitlisted")).toBe(45);
    const kept2 = await t.deps.pool.query("select confirmed_count from meetings where id = $1", [m.id]);
    expect(kept2.rows[0].confirmed_count).toBe(10);
  });

  // One process writes the registrations that arrive together in one batch (registrations/batch.ts),
  // so the test above races batches inside one process. Separate processes each write their own
  // batches: here 25 batches of 4 (two of them the same person) run at once, each in its own
  // transaction on its own connection, as 25 processes would.
  it("25 batches written at once on 20 connections (as separate processes do): 10 confirmed, 40 waiting, nobody twice", async () => {
    const net = await buildNetwork(t);
    const m = await buildMeeting(t, await buildLab(t, net.id), { capacity: 10, waitlist: true });
    const people = await Promise.all(Array.from({ length: 50 }, async () => (await buildAccount(t)).id));
    const item = (accountId: string): BatchItem => ({
      id: newId(),
      accountId,
      code: randomUUID(),
      registeredBy: null,
      answers: [],
    });
    const now = t.deps.clock.now();
    const batches = Array.from({ length: 25 }, (_, b) => {
      const [a, c] = [people[2 * b]!, people[2 * b + 1]!];
      // Each person twice: once in their own batch, once in the next one (a double click racing).
      const next = people[(2 * b + 2) % 50]!;
      return [item(a), item(c), item(a), item(next)];
    });
    const outcomes = (await Promise.all(batches.map((b) => registerBatch(t.deps.db, m.id, b, now)))).flat();
    expect(outcomes.filter((o) => o === "confirmed")).toHaveLength(10);
    expect(outcomes.filter((o) => o === "waitlisted")).toHaveLength(40);
    expect(outcomes.filter((o) => o === "already")).toHaveLength(50);
    const rows = await t.deps.pool.query(
      "select account_id, status from registrations where meeting_id = $1 and status <> 'cancelled'",
      [m.id],
    );
    expect(rows.rows).toHaveLength(50);
    expect(new Set(rows.rows.map((r) => r.account_id)).size).toBe(50);
    const kept = await t.deps.pool.query("select confirmed_count from meetings where id = $1", [m.id]);
    expect(kept.rows[0].confirmed_count).toBe(10);
  });
});
