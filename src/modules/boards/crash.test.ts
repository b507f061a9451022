// `kill -9` of the server during a session: after a restart, every acknowledged note is there and a
// reconnecting participant gets exactly them. Runs the real server (`src/cli.ts start`) as its own
// process, on the test's PostgreSQL database when DATABASE_URL is set, else on an embedded data
// directory: there the killed server leaves its directory lock and its socket file behind, and the
// restart must take both over, even when the lock's pid has been reused by a live process (a restarted
// container), and PGlite must have kept every acknowledged row.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard } from "../../../test/helpers/boards.ts";
import { browserHeaders, connectLive, type Message } from "../../../test/helpers/live.ts";
import { freePort } from "../../../test/helpers/ports.ts";
import { createTestRuntime, embeddedDataDir, type TestRuntime } from "../../../test/helpers/runtime.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const onPostgres = Boolean(process.env.DATABASE_URL);
const SECRET = "test-secret-test-secret-test-secret-0123";

describe(`the board after kill -9 (${onPostgres ? "PostgreSQL" : "embedded"})`, () => {
  let t: TestRuntime;
  let child: ChildProcess | undefined;
  let port = 0;
  // Embedded: the spawned server owns this directory; the test reaches the database through its socket.
  const dataDir = onPostgres ? undefined : embeddedDataDir();

  async function startServer() {
    const started = spawn(process.execPath, ["--import", "./bin/ts-loader.mjs", "src/cli.ts", "start"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: onPostgres ? t.config.databaseUrl : "",
        REDIS_URL: "",
        DATA_DIR: dataDir ?? t.dataDir,
        PORT: String(port),
        HOST: "127.0.0.1",
        // The Origin the test's browser headers carry (the page's site), not the port it listens on.
        BASE_URL: "http://localhost:3000",
        SECRET,
        BOTTEGA_DEMO: "false",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child = started;
    let stderr = "";
    started.stderr!.on("data", (d) => {
      stderr += d;
    });
    const until = Date.now() + 120_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
      } catch {}
      if (Date.now() > until || started.exitCode !== null)
        throw new Error(`the server did not start\n${stderr}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  beforeAll(async () => {
    port = await freePort();
    if (onPostgres) {
      t = await createTestRuntime();
    } else {
      await startServer();
      t = await createTestRuntime({ dataDir });
    }
  });

  afterAll(async () => {
    await t?.close();
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((r) => child!.once("exit", r));
      child.kill("SIGKILL");
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps every acknowledged note, and a reconnecting participant gets exactly those", async () => {
    if (onPostgres) await startServer();
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
    if (dataDir) {
      // A container restarted after kill -9 runs its new server under the pid the lock names (PID 1
      // there): the lock now names a live process that is not its writer, and must not block the start.
      const lock = path.join(dataDir, "bottega.lock");
      writeFileSync(lock, JSON.stringify({ ...JSON.parse(readFileSync(lock, "utf8")), pid: 1 }));
    }

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
});
