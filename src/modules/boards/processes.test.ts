// Two application instances sharing PostgreSQL and Redis (each with its own pool, state cache and
// live hub, as two processes would have): participants connected to different instances see each
// other's commands, numbered alike, with nothing lost, and who is here on either. Runs only with
// DATABASE_URL and REDIS_URL.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard, startBoardServer } from "../../../test/helpers/boards.ts";
import { browserHeaders, connectLive, type LiveClient, type Message } from "../../../test/helpers/live.ts";
import { createApp, createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { fixedClock } from "../../platform/clock.ts";
import { loadConfig } from "../../platform/config.ts";
import { createLogger } from "../../platform/logger.ts";
import { DEFAULT_LIMITS } from "../../platform/rate-limit.ts";
import { redisHub } from "../../platform/realtime/hub.ts";
import { openRuntime } from "../../platform/runtime.ts";
import { PRESENCE, PRESENCE_NOTICE } from "./presence.ts";

const run = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

describe.runIf(run)(
  "two instances on PostgreSQL and Redis (skipped unless DATABASE_URL and REDIS_URL are set)",
  () => {
    let t: TestRuntime;
    let other: TestRuntime;
    let closeOther: () => Promise<void>;
    const prefix = `bottega-test:${randomBytes(6).toString("hex")}:`;

    beforeAll(async () => {
      t = await createTestRuntime();
      // A second instance on the same database: its own pool, caches and hub.
      const config = loadConfig({
        DATA_DIR: t.dataDir,
        BASE_URL: "http://localhost:3000",
        LOG_LEVEL: "silent",
        SECRET: "test-secret-test-secret-test-secret-0123",
        DATABASE_URL: t.config.databaseUrl!,
      });
      const runtime = await openRuntime(config, createLogger("silent"), {
        clock: fixedClock(),
        limits: DEFAULT_LIMITS,
        poolSize: 4,
        work: false,
      });
      other = { ...t, app: await createApp(runtime.deps), deps: runtime.deps, config } as TestRuntime;
      closeOther = () => runtime.close();
    });

    afterAll(async () => {
      await closeOther?.();
      await t?.close();
    });

    it("delivers each instance's commands to participants on both, in one seq order, none lost", async () => {
      const log = createLogger("silent");
      const one = await startBoardServer(t, { hub: await redisHub(process.env.REDIS_URL!, log, prefix) });
      const two = await startBoardServer(other, { hub: await redisHub(process.env.REDIS_URL!, log, prefix) });
      try {
        const board = await buildBoard(t, {}, 4);
        const col = (
          await t.deps.pool.query("select id from board_columns where session_id = $1 order by position", [
            board.session.id,
          ])
        ).rows[0].id as string;
        const clients: LiveClient[] = [];
        for (const [i, p] of board.people.entries()) {
          const server = i % 2 === 0 ? one : two;
          const c = await connectLive(server.url, await browserHeaders(t, p.account.id));
          await c.next("hello");
          c.send({ type: "board.subscribe", session: board.session.id });
          await c.next("board.subscribed");
          clients.push(c);
        }
        // Every participant sends 5 notes at once, half through each instance.
        const per = 5;
        for (const [i, c] of clients.entries()) {
          for (let k = 0; k < per; k++) {
            c.send({
              type: "board.command",
              session: board.session.id,
              ref: `${i}-${k}`,
              command: { type: "note.add", columnId: col, text: `Nota ${i}-${k}` },
            });
          }
        }
        const total = clients.length * per;
        for (const c of clients) {
          const seen: Message[] = [];
          while (seen.length < total) {
            const m = await c.next(undefined, 10_000);
            if (m.type === "note.added") seen.push(m);
          }
          const seqs = seen.map((m) => Number(m.seq));
          // In order, each once, no gap (every note is visible to everyone here).
          expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
          expect(new Set(seqs).size).toBe(total);
          expect(seqs.at(-1)! - seqs[0]!).toBe(total - 1);
          expect(new Set(seen.map((m) => (m.note as { text: string }).text)).size).toBe(total);
        }
        const stored = await t.deps.pool.query(
          "select count(*)::int as n from board_notes where session_id = $1",
          [board.session.id],
        );
        expect(stored.rows[0].n).toBe(total);
        for (const c of clients) c.close();
      } finally {
        await one.close();
        await two.close();
      }
    }, 60_000);

    it("shows who is here across both instances, and drops the people of an instance that died", async () => {
      PRESENCE.refreshMs = 150;
      PRESENCE.settleMs = 20;
      const log = createLogger("silent");
      const one = await startBoardServer(t, { hub: await redisHub(process.env.REDIS_URL!, log, prefix) });
      const two = await startBoardServer(other, { hub: await redisHub(process.env.REDIS_URL!, log, prefix) });
      try {
        const board = await buildBoard(t, {}, 3);
        const [p1, p2, p3] = board.people;
        const open = async (url: string, accountId: string) => {
          const c = await connectLive(url, await browserHeaders(t, accountId));
          await c.next("hello");
          c.send({ type: "board.subscribe", session: board.session.id });
          await c.next("board.subscribed", 10_000);
          return c;
        };
        const names = async (c: LiveClient, want: string[]) => {
          for (;;) {
            const m = await c.next("board.presence", 10_000);
            const got = (m.people as { name: string }[]).map((x) => x.name);
            if (JSON.stringify(got) === JSON.stringify(want)) return;
          }
        };
        const a = await open(one.url, p1!.account.id);
        const b = await open(two.url, p2!.account.id);
        // The same person on both instances is one entry.
        const b2 = await open(one.url, p2!.account.id);
        for (const c of [a, b, b2]) await names(c, ["Partecipante 1", "Partecipante 2"]);
        b.close();
        await a.silence(500);
        b2.close();
        await names(a, ["Partecipante 1"]);

        // A third instance put Partecipante 3 in the set and died: no one removes it, it expires.
        const dead = await redisHub(process.env.REDIS_URL!, log, prefix);
        // Long enough to be seen before it expires even on a loaded machine (CI runs files in parallel):
        // with 400 ms the entry could expire before the others read the set, and no change was announced.
        await dead.setAdd(`board-presence:${board.session.id}`, [`deadbeef/${p3!.participant.id}`], 3000);
        await dead.publish(`board:${board.session.id}`, { type: PRESENCE_NOTICE });
        await dead.close();
        await names(a, ["Partecipante 1", "Partecipante 3"]);
        await names(a, ["Partecipante 1"]);
        a.close();
      } finally {
        await one.close();
        await two.close();
      }
    }, 60_000);
  },
);
