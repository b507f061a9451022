// `kill -9` of the server during a session: after a restart, every acknowledged note is there and a
// reconnecting participant gets exactly them. Runs the real server (`src/cli.ts start`) as its own
// process on the test's PostgreSQL database; skipped without DATABASE_URL.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../../test/e2e/support/server.ts";
import { buildBoard } from "../../../test/helpers/boards.ts";
import { browserHeaders, connectLive, type Message } from "../../../test/helpers/live.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

describe.runIf(process.env.DATABASE_URL)(
  "the board after kill -9 (skipped unless DATABASE_URL is set)",
  () => {
    let t: TestRuntime;
    let child: ChildProcess | undefined;
    let port = 0;

    async function startServer() {
      child = spawn(process.execPath, ["--import", "./bin/ts-loader.mjs", "src/cli.ts", "start"], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: t.config.databaseUrl,
          REDIS_URL: "",
          DATA_DIR: t.dataDir,
          PORT: String(port),
          HOST: "127.0.0.1",
          // The Origin the test's browser headers carry (the page's site), not the port it listens on.
          BASE_URL: t.config.baseUrl,
          SECRET: t.config.secret,
          BOTTEGA_DEMO: "false",
          LOG_LEVEL: "warn",
        },
        stdio: "ignore",
      });
      const until = Date.now() + 120_000;
      for (;;) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
        } catch {}
        if (Date.now() > until) throw new Error("the server did not start");
        await new Promise((r) => setTimeout(r, 200));
      }
    }

    beforeAll(async () => {
      t = await createTestRuntime();
      port = await freePort();
    });

    afterAll(async () => {
      if (child?.pid && child.exitCode === null) child.kill("SIGKILL");
      await t?.close();
    });

    it("keeps every acknowledged note, and a reconnecting participant gets exactly those", async () => {
      await startServer();
      const board = await buildBoard(t, {}, 1);
      const [p] = board.people;
      const col = (
        await t.deps.pool.query("select id from board_columns where session_id = $1 order by position", [
          board.session.id,
        ])
      ).rows[0].id as string;
      const url = `ws://127.0.0.1:${port}/live`;
      const c = await connectLive(url, await browserHeaders(t, p!.account.id));
      await c.next("hello");
      c.send({ type: "board.subscribe", session: board.session.id });
      await c.next("board.subscribed", 10_000);
      for (let i = 0; i < 20; i++) {
        c.send({
          type: "board.command",
          session: board.session.id,
          ref: i,
          command: { type: "note.add", columnId: col, text: `Prima del crash ${i}` },
        });
      }
      const acked: number[] = [];
      while (acked.length < 20) {
        const m = await c.next("board.ack", 10_000);
        acked.push(Number(m.ref));
      }
      const exited = new Promise((r) => child!.once("exit", r));
      child!.kill("SIGKILL");
      await exited;
      await c.closed;

      await startServer();
      const again = await connectLive(url, await browserHeaders(t, p!.account.id));
      await again.next("hello");
      again.send({ type: "board.subscribe", session: board.session.id });
      const snap = (await again.next("board.snapshot", 10_000)) as Message & {
        board: { columns: { groups: { notes: { text: string }[] }[] }[] };
      };
      const texts = snap.board.columns.flatMap((x) => x.groups.flatMap((g) => g.notes.map((n) => n.text)));
      expect(texts.sort()).toEqual(acked.map((i) => `Prima del crash ${i}`).sort());
      again.close();
    }, 300_000);
  },
);
