// migrations/202612083000_one_invitation_system.sql on a database that holds invitations of both
// kinds: the migrations before it run, rows are written the old way (lab_invitations), then the rest
// run. Lab invitations keep their ids, token hashes (links already mailed keep working), states and
// dates, and lab_invitations is gone. Against the embedded database, and against PostgreSQL when
// DATABASE_URL is set.
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Database, openDatabase } from "../src/platform/db/database.ts";
import { type Embedded, openEmbedded } from "../src/platform/db/embedded.ts";
import { MIGRATIONS_DIR, migrate, migrationFiles } from "../src/platform/db/migrate.ts";
import { adminUrl } from "./helpers/postgres.ts";

const MIGRATION = "202612083000_one_invitation_system.sql";
const pgUrl = process.env.DATABASE_URL;
const name = `bottega_t_${inject("runId")}_invitations_${process.pid}`;
const dirs: string[] = [];
let embedded: Embedded | undefined;
let db: Database;

const tmp = (prefix: string) => {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
};

beforeAll(async () => {
  if (pgUrl) {
    const c = new pg.Client({ connectionString: adminUrl(pgUrl) });
    await c.connect();
    await c.query(`create database "${name}"`);
    await c.end();
    db = openDatabase({ connectionString: adminUrl(pgUrl, name) }, 2);
  } else {
    embedded = await openEmbedded(tmp("bottega-invitations-"));
    db = openDatabase({ socketDir: embedded.socketDir }, 2);
  }
});

afterAll(async () => {
  await db?.close();
  if (pgUrl) {
    const c = new pg.Client({ connectionString: adminUrl(pgUrl) });
    await c.connect();
    await c.query(`drop database if exists "${name}" with (force)`);
    await c.end();
  } else {
    await embedded?.close();
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const id = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, "0")}`;
const [ANNA, BRUNO, NET, OTHER_NET, ORG, LAB, NET_INV, LAB_PENDING, LAB_ACCEPTED] = [
  1, 2, 3, 4, 5, 6, 7, 8, 9,
].map(id) as [string, string, string, string, string, string, string, string, string];

describe(MIGRATION, () => {
  it("moves lab invitations into identity's invitations, keeping links, states and dates", async () => {
    // The database as it was: every migration before this one.
    const before = tmp("bottega-migrations-");
    for (const f of migrationFiles().filter((f) => f < MIGRATION))
      symlinkSync(path.join(MIGRATIONS_DIR, f), path.join(before, f));
    await migrate(db.pool, before);

    const q = (sql: string, params: unknown[] = []) => db.pool.query(sql, params);
    await q(
      `insert into accounts (id, email, name) values ($1, 'anna@example.org', 'Anna'),
      ($2, 'bruno@example.org', 'Bruno')`,
      [ANNA, BRUNO],
    );
    await q(`insert into networks (id, slug, name) values ($1, 'rete', 'Rete'), ($2, 'altra', 'Altra')`, [
      NET,
      OTHER_NET,
    ]);
    await q(
      `insert into organisations (id, slug, name, type, country)
      values ($1, 'comune-di-nemi', 'Comune di Nemi', 'municipality', 'IT')`,
      [ORG],
    );
    // The lab belongs to the other network: its invitations must land there.
    await q(`insert into labs (id, network_id, slug, title) values ($1, $2, 'lab', 'Lab')`, [LAB, OTHER_NET]);
    await q(
      `insert into invitations (id, network_id, email, role, token_hash, invited_by, created_at, expires_at)
       values ($1, $2, 'rete@example.org', 'coordinator', 'hash-rete', $3,
               '2026-11-01T10:00:00Z', '2026-11-15T10:00:00Z')`,
      [NET_INV, NET, ANNA],
    );
    await q(
      `insert into lab_invitations (id, lab_id, email, role, organisation_id, token_hash, invited_by,
         created_at, expires_at, status, responded_at, accepted_by)
       values ($1, $3, 'Pending@example.org', 'facilitator', $4, 'hash-pending', $5,
               '2026-11-02T09:00:00Z', '2026-11-16T09:00:00Z', 'pending', null, null),
              ($2, $3, 'bruno@example.org', 'member', null, 'hash-accepted', null,
               '2026-11-03T09:00:00Z', '2026-11-17T09:00:00Z', 'accepted', '2026-11-04T09:00:00Z', $6)`,
      [LAB_PENDING, LAB_ACCEPTED, LAB, ORG, ANNA, BRUNO],
    );

    const applied = await migrate(db.pool);
    expect(applied[0]).toBe(MIGRATION);

    const rows = (
      await q(`select id, target_kind, target_id, network_id, email, role, organisation_id, token_hash,
                      invited_by, status, created_at, expires_at, responded_at, accepted_by
                 from invitations order by created_at`)
    ).rows;
    expect(rows).toEqual([
      {
        id: NET_INV,
        target_kind: "network",
        target_id: NET,
        network_id: NET,
        email: "rete@example.org",
        role: "coordinator",
        organisation_id: null,
        token_hash: "hash-rete",
        invited_by: ANNA,
        status: "pending",
        created_at: new Date("2026-11-01T10:00:00Z"),
        expires_at: new Date("2026-11-15T10:00:00Z"),
        responded_at: null,
        accepted_by: null,
      },
      {
        id: LAB_PENDING,
        target_kind: "lab",
        target_id: LAB,
        network_id: OTHER_NET,
        email: "Pending@example.org",
        role: "facilitator",
        organisation_id: ORG,
        token_hash: "hash-pending",
        invited_by: ANNA,
        status: "pending",
        created_at: new Date("2026-11-02T09:00:00Z"),
        expires_at: new Date("2026-11-16T09:00:00Z"),
        responded_at: null,
        accepted_by: null,
      },
      {
        id: LAB_ACCEPTED,
        target_kind: "lab",
        target_id: LAB,
        network_id: OTHER_NET,
        email: "bruno@example.org",
        role: "member",
        organisation_id: null,
        token_hash: "hash-accepted",
        invited_by: null,
        status: "accepted",
        created_at: new Date("2026-11-03T09:00:00Z"),
        expires_at: new Date("2026-11-17T09:00:00Z"),
        responded_at: new Date("2026-11-04T09:00:00Z"),
        accepted_by: BRUNO,
      },
    ]);
    expect((await q("select to_regclass('lab_invitations') as t")).rows[0].t).toBeNull();
    // Every writer names its kind now: an invitation without one is refused.
    await expect(
      q(
        `insert into invitations (id, target_id, network_id, email, role, token_hash, expires_at)
         values ($1, $2, $2, 'x@example.org', 'member', 'hash-x', now())`,
        [id(10), NET],
      ),
    ).rejects.toThrow(/target_kind/);
    // A network's deletion takes its invitations, a lab's among them.
    await q("delete from networks where id = $1", [OTHER_NET]);
    expect((await q("select id from invitations")).rows).toEqual([{ id: NET_INV }]);
  });
});
