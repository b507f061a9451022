// Runs the search statements as named prepared statements on PostgreSQL. A search statement is a
// few KB of SQL with a dozen CTEs: parsing and planning it cost ≈ 1.5 ms of the database's CPU, a
// fifth of a whole search. Named, each connection parses it once and PostgreSQL keeps its plan
// (a generic one after five runs, when it is no costlier). The text varies only with the filters
// given, the sort and the number of query readings, so there are a few dozen of them at most.
//
// Not on the embedded database: there every pool connection shares PGlite's one session, so two
// connections preparing the same name would collide ("prepared statement already exists").
import { createHash } from "node:crypto";
import type { RawBuilder } from "kysely";
import type pg from "pg";
import type { Db } from "../../../platform/db/database.ts";

/** The pool to prepare statements on (PostgreSQL), or null to run them through Kysely (embedded). */
export type Statements = pg.Pool | null;

/** Names of the texts seen, by text. Bounded: past it, statements run unnamed (as on embedded). */
const names = new Map<string, string>();
const MAX_NAMES = 500;

export async function run<T>(db: Db, statements: Statements, query: RawBuilder<T>): Promise<T[]> {
  if (!statements) return (await query.execute(db)).rows;
  const { sql, parameters } = query.compile(db);
  let name = names.get(sql);
  if (!name && names.size < MAX_NAMES) {
    name = `practice_search_${createHash("sha1").update(sql).digest("hex").slice(0, 16)}`;
    names.set(sql, name);
  }
  const r = await statements.query({ name, text: sql, values: [...parameters] });
  return r.rows as T[];
}
