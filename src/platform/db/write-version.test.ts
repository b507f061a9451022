// Which statements move the write counter: every write, and no read, CTEs included (a read with CTEs
// counted as a write emptied the render cache on every search). Compiled only: the plugin decides
// when the statement is compiled, so no database is needed.
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from "kysely";
import { describe, expect, it } from "vitest";
import { WriteVersionPlugin, writeVersion } from "./write-version.ts";

type Tables = { t: { id: number; n: number } };
const db = new Kysely<Tables>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
  plugins: [new WriteVersionPlugin()],
});
const quiet = db.withoutPlugins();

/** Whether compiling `q` moved the counter. */
function writes(q: { compile(): unknown }): boolean {
  const before = writeVersion();
  q.compile();
  return writeVersion() !== before;
}

describe("WriteVersionPlugin", () => {
  it("counts inserts, updates, deletes, DDL and raw statements that are not reads", () => {
    expect(writes(db.insertInto("t").values({ id: 1, n: 1 }))).toBe(true);
    expect(writes(db.updateTable("t").set({ n: 2 }))).toBe(true);
    expect(writes(db.deleteFrom("t"))).toBe(true);
    expect(writes(db.schema.createTable("u").addColumn("id", "integer"))).toBe(true);
    expect(writes({ compile: () => sql`truncate t`.compile(db) })).toBe(true);
  });

  it("does not count reads, with or without CTEs that only read", () => {
    expect(writes(db.selectFrom("t").selectAll())).toBe(false);
    expect(
      writes(
        db
          .with("x", (q) => q.selectFrom("t").select("id"))
          .selectFrom("x")
          .selectAll(),
      ),
    ).toBe(false);
    expect(writes({ compile: () => sql`select 1`.compile(db) })).toBe(false);
    const inner = sql`probe as materialized (select id from t where n > ${1})`;
    expect(writes({ compile: () => sql`with ${inner} select count(*) from probe`.compile(db) })).toBe(false);
    // `updated_at` is a column, not a statement.
    expect(
      writes({ compile: () => sql`with x as (select updated_at from t) select * from x`.compile(db) }),
    ).toBe(false);
  });

  it("counts CTEs that write, in the query builder and in raw SQL, however deeply nested", () => {
    expect(
      writes(
        db
          .with("x", (q) => q.insertInto("t").values({ id: 2, n: 2 }).returning("id"))
          .selectFrom("x")
          .selectAll(),
      ),
    ).toBe(true);
    expect(
      writes({ compile: () => sql`with x as (delete from t returning id) select * from x`.compile(db) }),
    ).toBe(true);
    const nested = sql`x as (${sql`update t set n = 3 returning id`})`;
    expect(writes({ compile: () => sql`with ${nested} select * from x`.compile(db) })).toBe(true);
    const built = db.insertInto("t").values({ id: 3, n: 3 }).returning("id");
    expect(writes({ compile: () => sql`with x as (${built}) select * from x`.compile(db) })).toBe(true);
  });

  it("is absent from the quiet handle", () => {
    expect(writes(quiet.insertInto("t").values({ id: 4, n: 4 }))).toBe(false);
    expect(writes(quiet.deleteFrom("t"))).toBe(false);
  });
});
