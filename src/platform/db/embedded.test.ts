// The embedded database over its socket behaves like one PostgreSQL server for several clients:
// concurrent parameterised queries from different connections never get each other's statements
// (see pglite-socket-fix.ts), and a second owner of the data directory is refused.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolConfig } from "./database.ts";
import { DataDirLockedError, type Embedded, openEmbedded } from "./embedded.ts";

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
