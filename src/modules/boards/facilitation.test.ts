// Closing with a confirmation step and reopening within 7 days (board-experience issue, item 6):
// a close posted without the confirmation asks first, on a page that works without JavaScript; a
// facilitator reopens a closed session within the window (audited, `boards.session.reopened`
// emitted, promotions kept, the summary dated from the latest close); after it, or for anyone else,
// reopening is refused with a clear message and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard } from "../../../test/helpers/boards.ts";
import type { Client } from "../../../test/helpers/client.ts";
import { signedIn } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { onEvent } from "../../platform/events.ts";
import { runCommand } from "./command-runner.ts";

onEvent("test.facilitation.reopened", "boards.session.reopened", async () => undefined);
onEvent("test.facilitation.closed", "boards.session.closed", async () => undefined);

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const DAY = 86_400_000;
const text = async (r: Response) => (await r.text()).replace(/&#39;/g, "'").replace(/&quot;/g, '"');

const phaseOf = async (id: string) =>
  (await t.deps.pool.query("select phase, closed_at from board_sessions where id = $1", [id])).rows[0] as {
    phase: string;
    closed_at: Date | null;
  };

const eventNames = async (id: string) =>
  (
    await t.deps.pool.query(
      "select data->>'name' as name from pgboss.job where name = 'platform.event' and data->>'sessionId' = $1 and data->>'handler' like 'test.facilitation.%' order by created_on",
      [id],
    )
  ).rows.map((r) => r.name as string);

/** A session in discussion with one note, its facilitator's and a participant's clients. */
async function discussing() {
  const b = await buildBoard(t);
  const id = b.session.id;
  const fac = b.fac.participant.id;
  const cols = await t.deps.pool.query(
    "select id from board_columns where session_id = $1 order by position",
    [id],
  );
  const add = await runCommand(t.deps, id, b.people[0]!.participant.id, {
    type: "note.add",
    columnId: cols.rows[0].id,
    text: "Poco personale",
  });
  expect(add.ok).toBe(true);
  for (const phase of ["group", "vote", "discuss"] as const)
    expect((await runCommand(t.deps, id, fac, { type: "phase.set", phase })).ok).toBe(true);
  return {
    b,
    id,
    fc: await signedIn(t, b.fac.account.id),
    pc: await signedIn(t, b.people[0]!.account.id),
  };
}

const close = (c: Client, id: string) =>
  c.submit(`/boards/${id}/close`, `/boards/${id}/commands`, {
    command: "end",
    form: "end-form",
    confirm: "yes",
  });

describe("closing asks for confirmation", () => {
  it("links to a confirmation page; a close posted without confirming asks there, and nothing changes", async () => {
    const { id, fc, pc } = await discussing();
    const board = await text(await fc.get(`/boards/${id}`));
    expect(board).toContain(`href="/boards/${id}/close"`);
    // A close from the board's old form, or a crafted phase change, is not done: it asks first.
    const posts: Record<string, string>[] = [{ command: "end" }, { command: "phase.set", phase: "closed" }];
    for (const fields of posts) {
      const res = await fc.submit(`/boards/${id}`, `/boards/${id}/commands`, fields);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(`/boards/${id}/close`);
      expect((await phaseOf(id)).phase).toBe("discuss");
    }
    const page = await fc.get(`/boards/${id}/close`);
    expect(page.status).toBe(200);
    const html = await text(page);
    expect(html).toContain("Chiudere la sessione?");
    expect(html).toContain("possono riaprirla entro 7 giorni");
    expect(html).toContain('name="confirm" value="yes"');
    expect(html).toContain(`href="/boards/${id}"`);
    const en = await text(await fc.get(`/boards/${id}/close?lang=en`));
    expect(en).toContain("Close the session?");
    // Not for participants (nothing to see), nor for someone signed out (sign in first).
    expect((await pc.get(`/boards/${id}/close`)).status).toBe(404);
    const res = await close(fc, id);
    expect(res.status).toBe(303);
    expect((await phaseOf(id)).phase).toBe("closed");
    // (In English: the client chose it on the confirmation page above.)
    expect(await text(await fc.get(res.headers.get("location")!))).toContain(
      "Session closed: the summary is ready.",
    );
    // Once closed, the confirmation page sends back to the session.
    const again = await fc.get(`/boards/${id}/close`);
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe(`/boards/${id}`);
  });
});

describe("reopening", () => {
  it("within 7 days: back to the discussion, audited, emitted, promotions kept, the summary dated from the latest close", async () => {
    const { b, id, fc, pc } = await discussing();
    expect((await close(fc, id)).status).toBe(303);
    const firstClose = (await phaseOf(id)).closed_at!;
    const group = (await t.deps.pool.query("select id from board_groups where session_id = $1", [id])).rows[0]
      .id;
    const promoted = await fc.submit(`/boards/${id}/promote?source=group:${group}`, `/boards/${id}/promote`, {
      source: `group:${group}`,
      target: "practice",
      title: "Personale condiviso",
    });
    expect(promoted.status).toBe(303);

    const closedPage = await text(await fc.get(`/boards/${id}`));
    expect(closedPage).toContain("Riaprire la sessione");
    expect(closedPage).toContain(`action="/boards/${id}/reopen"`);
    // A participant sees no such form and may not reopen (404: nothing to reopen for them).
    expect(await text(await pc.get(`/boards/${id}`))).not.toContain("/reopen");
    expect((await pc.submit(`/boards/${id}`, `/boards/${id}/reopen`, {})).status).toBe(404);

    t.clock.advance(6 * DAY);
    const res = await fc.submit(`/boards/${id}`, `/boards/${id}/reopen`, {});
    expect(res.status).toBe(303);
    expect(await text(await fc.get(res.headers.get("location")!))).toContain("Sessione riaperta");
    const reopened = await phaseOf(id);
    expect(reopened).toEqual({ phase: "discuss", closed_at: null });
    // Reopening an open session is refused on the page, plainly.
    const twice = await fc.submit(`/boards/${id}`, `/boards/${id}/reopen`, {});
    expect(twice.status).toBe(422);
    expect(await text(twice)).toContain("La sessione è già aperta.");

    const audit = await t.deps.pool.query(
      "select actor_id, network_id, details from audit_log where action = 'board.session-reopened' and details->>'sessionId' = $1",
      [id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actor_id: b.fac.account.id, network_id: b.network.id });
    expect(new Date(audit.rows[0].details.closedAt).getTime()).toBe(firstClose.getTime());
    expect(await eventNames(id)).toEqual(["boards.session.closed", "boards.session.reopened"]);
    const promotions = await t.deps.pool.query(
      "select target_title from board_promotions where session_id = $1",
      [id],
    );
    expect(promotions.rows).toEqual([{ target_title: "Personale condiviso" }]);

    // Back in discussion, an outcome is recorded; closing again dates the summary from then.
    const outcome = await fc.submit(`/boards/${id}`, `/boards/${id}/commands`, {
      command: "outcome.add",
      form: "outcome-form",
      kind: "outcome",
      text: "Aggiunto dopo la riapertura",
      groupId: "",
    });
    expect(outcome.status).toBe(303);
    t.clock.advance(DAY);
    expect((await close(fc, id)).status).toBe(303);
    const second = (await phaseOf(id)).closed_at!;
    expect(second.getTime()).toBe(t.clock.now().getTime());
    // A week has passed since the participant's last visit: signed in again (identity's idle expiry).
    const pc2 = await signedIn(t, b.people[0]!.account.id);
    const summary = await text(await pc2.get(`/boards/${id}/summary.md`));
    expect(summary).toContain("Aggiunto dopo la riapertura");
    expect(summary).toContain(
      new Intl.DateTimeFormat("it-IT", { dateStyle: "long", timeZone: t.deps.config.timeZone }).format(
        second,
      ),
    );
    expect(await text(await fc.get(`/boards/${id}/summary`))).toContain("Personale condiviso");
  });

  it("after 7 days: refused with a clear message, nothing changes", async () => {
    const { b, id, fc: before } = await discussing();
    expect((await close(before, id)).status).toBe(303);
    const closedAt = (await phaseOf(id)).closed_at!;
    t.clock.advance(7 * DAY + 60_000);
    // A week without a visit ends the sign-in too (identity's idle expiry): signed in again.
    const fc = await signedIn(t, b.fac.account.id);
    const page = await text(await fc.get(`/boards/${id}`));
    expect(page).toContain("si può riaprire solo entro 7 giorni dalla chiusura");
    expect(page).not.toContain(`action="/boards/${id}/reopen"`);
    const res = await fc.submit(`/boards/${id}`, `/boards/${id}/reopen`, {});
    expect(res.status).toBe(422);
    expect(await text(res)).toContain("Sono passati più di 7 giorni dalla chiusura");
    expect(await phaseOf(id)).toEqual({ phase: "closed", closed_at: closedAt });
    expect(await eventNames(id)).toEqual(["boards.session.closed"]);
  });
});
