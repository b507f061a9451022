// The embedded database over its socket behaves like one PostgreSQL server for several clients:
// concurrent parameterised queries from different connections never get each other's statements
// (see pglite-socket-fix.ts), and a second owner of the data directory is refused, while a lock left by
// a process that is gone (kill -9, a restarted container whose new server has the same pid) is not.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LockInfo, processStartTime } from "./data-dir-lock.ts";
import { poolConfig } from "./database.ts";
import { DataDirLockedError, type Embedded, openEmbedded, readLock, socketDirFor } from "./embedded.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

let dir: string;
let embedded: Embedded;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "bottega-embedded-"));
  embedded = await openEmbedded(dir);
});
afterAll(async () => {
  await embedded.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("embedded database", () => {
  it("keeps each connection's extended-query sequence together under concurrency", async () => {
    // Large multi-row inserts (2,700 parameters, several socket reads each) on one connection while
    // four others run small 20-parameter queries: without the fix this fails with "bind message
    // supplies 2700 parameters, but prepared statement "" requires 20".
    const big = new pg.Pool(poolConfig({ socketDir: embedded.socketDir }, 1));
    const small = new pg.Pool(poolConfig({ socketDir: embedded.socketDir }, 4));
    try {
      await big.query("create table seq_probe (a text, b text, c text)");
      let stop = false;
      const ps = Array.from({ length: 20 }, (_, i) => i);
      const sql = `select ${ps.map((_, i) => `$${i + 1}::int`).join(" + ")} as s`;
      const smallLoop = (async () => {
        while (!stop) {
          const answers = await Promise.all([0, 1, 2, 3].map(() => small.query(sql, ps)));
          for (const a of answers) expect(a.rows[0].s).toBe(190);
        }
      })();
      for (let r = 0; r < 20; r++) {
        const values: string[] = [];
        const params: string[] = [];
        for (let i = 0; i < 900; i++) {
          values.push(`($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`);
          params.push(`a${i}`.repeat(20), `b${i}`.repeat(20), `c${i}`.repeat(20));
        }
        await big.query(`insert into seq_probe values ${values.join(", ")}`, params);
      }
      stop = true;
      await smallLoop;
      expect((await big.query("select count(*)::int as n from seq_probe")).rows[0].n).toBe(18_000);
    } finally {
      await big.end();
      await small.end();
    }
  });

  it("refuses a second owner of the data directory with a clear message", async () => {
    await expect(openEmbedded(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(openEmbedded(dir)).rejects.toThrow(/in use by another Bottega process/);
  });
});

describe("a lock left by a process that is gone", () => {
  let stale: string;
  beforeAll(() => {
    stale = mkdtempSync(path.join(os.tmpdir(), "bottega-stale-"));
  });
  afterAll(() => rmSync(stale, { recursive: true, force: true }));

  /** Writes the lock (and the socket file) a process killed with -9 would have left. */
  function leaveLock(info: Partial<LockInfo> & { pid: number }) {
    const socketDir = socketDirFor(stale);
    mkdirSync(socketDir, { recursive: true, mode: 0o700 });
    writeFileSync(path.join(socketDir, ".s.PGSQL.5432"), "");
    writeFileSync(
      path.join(stale, "bottega.lock"),
      JSON.stringify({ socketDir, startedAt: "2026-01-01T00:00:00.000Z", ...info }),
    );
  }

  it("is taken over when it names PID 1 (a restarted container) with another start time", async () => {
    // PID 1 exists (kill(1, 0) answers), but it is not the process that wrote this lock.
    leaveLock({ pid: 1, procStart: "999999999999" });
    const db = await openEmbedded(stale);
    try {
      expect((await db.pglite.query<{ n: number }>("select 1 as n")).rows[0]!.n).toBe(1);
      const now = JSON.parse(readFileSync(path.join(stale, "bottega.lock"), "utf8")) as LockInfo;
      expect(now.pid).toBe(process.pid);
      expect(now.procStart).toBe(processStartTime(process.pid));
    } finally {
      await db.close();
    }
  }, 60_000);

  it("is taken over when it names this very process's pid, which did not write it", async () => {
    leaveLock({ pid: process.pid, procStart: "1" });
    const db = await openEmbedded(stale);
    await db.close();
    // A lock of an older version (pid only) naming our pid: also left by an earlier process.
    leaveLock({ pid: process.pid });
    expect(readLock(stale)).toBeUndefined();
    await (await openEmbedded(stale)).close();
  }, 60_000);

  it("still refuses while a live process holds it, and is taken over once that process is killed", async () => {
    // A real other process takes the lock the way a server does, and keeps it until killed.
    const holder = spawn(
      process.execPath,
      [
        "--import",
        "./bin/ts-loader.mjs",
        "--input-type=module",
        "-e",
        `const m = await import("./src/platform/db/data-dir-lock.ts");
         m.acquireLock(${JSON.stringify(stale)}, ${JSON.stringify(socketDirFor(stale))});
         process.stdout.write("locked\\n");
         setInterval(() => {}, 1000);`,
      ],
      { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout!.on("data", (d: Buffer) => d.toString().includes("locked") && resolve());
        holder.once("exit", (code) => reject(new Error(`the lock holder exited (${code})`)));
      });
      const refused = await openEmbedded(stale).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(refused).toBeInstanceOf(DataDirLockedError);
      expect(String(refused)).toContain(`in use by another Bottega process (pid ${holder.pid}`);
      expect(readLock(stale)?.pid).toBe(holder.pid);
    } finally {
      const exited = new Promise((r) => holder.once("exit", r));
      holder.kill("SIGKILL");
      await exited;
    }
    // Killed with -9: the lock and a socket file stay behind, and the next start takes both over.
    writeFileSync(path.join(socketDirFor(stale), ".s.PGSQL.5432"), "");
    await (await openEmbedded(stale)).close();
  }, 60_000);
});
