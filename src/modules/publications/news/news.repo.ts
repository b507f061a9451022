// The only SQL of the news column.
import { type Insertable, type Selectable, sql, type Updateable } from "kysely";
import type { Db } from "../../../platform/db/database.ts";
import type { NewsKind, NewsStatus, NewsTables } from "./tables.ts";

const q = (db: Db) => db.withTables<NewsTables>();

export type NewsRow = Selectable<NewsTables["news_items"]>;
export type NewNewsRow = Insertable<NewsTables["news_items"]>;
export type NewsRowPatch = Updateable<NewsTables["news_items"]>;

/**
 * What a viewer may see, as SQL: `all` (admins), or public items plus network items of
 * `networkIds` and pa items of `paNetworkIds` (the policy computes both from the actor).
 */
export type SeenBy = { all: true } | { all: false; networkIds: string[]; paNetworkIds: string[] };

export type PublishedFilter = {
  networkId?: string;
  kind?: NewsKind;
  tag?: string;
  language?: string;
  limit: number;
  offset: number;
};

function published(db: Db, seen: SeenBy, f: Omit<PublishedFilter, "limit" | "offset">) {
  let query = q(db).selectFrom("news_items").where("status", "=", "published");
  if (f.networkId) query = query.where("network_id", "=", f.networkId);
  if (f.kind) query = query.where("kind", "=", f.kind);
  if (f.language) query = query.where("language", "=", f.language);
  if (f.tag) query = query.where(sql<boolean>`${f.tag} = any(tags)`);
  if (!seen.all) {
    const { networkIds, paNetworkIds } = seen;
    query = query.where((eb) =>
      eb.or([
        eb("visibility", "=", "public"),
        ...(networkIds.length
          ? [eb.and([eb("visibility", "=", "network"), eb("network_id", "in", networkIds)])]
          : []),
        ...(paNetworkIds.length
          ? [eb.and([eb("visibility", "=", "pa"), eb("network_id", "in", paNetworkIds)])]
          : []),
      ]),
    );
  }
  return query;
}

/** One page of published items the viewer may see, newest first, and how many there are in all. */
export async function publishedPage(db: Db, seen: SeenBy, f: PublishedFilter) {
  const [rows, count] = await Promise.all([
    published(db, seen, f)
      .selectAll()
      .orderBy("published_at", "desc")
      .orderBy("id", "desc")
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    published(db, seen, f)
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export const findItem = (db: Db, id: string) =>
  q(db).selectFrom("news_items").selectAll().where("id", "=", id).executeTakeFirst();

/** The item under a row lock, for a decision or an edit (two at once: the second waits, then sees the first). */
export const lockItem = (db: Db, id: string) =>
  q(db).selectFrom("news_items").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();

type ContentColumns = Pick<
  NewNewsRow,
  "kind" | "title" | "summary" | "body" | "tags" | "language" | "visibility"
>;

/** An item's content columns, from what its author wrote (form, API, the calendar or the demo). */
export const contentColumns = (d: ContentColumns): ContentColumns => ({
  kind: d.kind,
  title: d.title,
  summary: d.summary,
  body: d.body,
  tags: d.tags,
  language: d.language,
  visibility: d.visibility,
});

export async function insertItem(db: Db, row: NewNewsRow): Promise<void> {
  await q(db).insertInto("news_items").values(row).execute();
}

export async function updateItem(db: Db, id: string, patch: NewsRowPatch): Promise<void> {
  await q(db).updateTable("news_items").set(patch).where("id", "=", id).execute();
}

/** Items of a network in some states, oldest change first (what waits longest comes first). */
export const itemsInStates = (db: Db, networkId: string, states: NewsStatus[]) =>
  q(db)
    .selectFrom("news_items")
    .selectAll()
    .where("network_id", "=", networkId)
    .where("status", "in", states)
    .orderBy("updated_at", "asc")
    .execute();

/** A person's own proposals in a network, newest change first. */
export const itemsOfProposer = (db: Db, networkId: string, accountId: string) =>
  q(db)
    .selectFrom("news_items")
    .selectAll()
    .where("network_id", "=", networkId)
    .where("proposer_id", "=", accountId)
    .orderBy("updated_at", "desc")
    .execute();

/** Tags and languages of the published items a filter form offers (of one network, or all). */
export async function publishedTags(db: Db, seen: SeenBy, networkId?: string): Promise<string[]> {
  const rows = await published(db, seen, { networkId })
    .select(sql<string>`unnest(tags)`.as("tag"))
    .distinct()
    .execute();
  return rows.map((r) => r.tag).sort((a, b) => a.localeCompare(b));
}

/** Every item the person proposed, whatever its state (their download). */
export const itemsProposedBy = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("news_items")
    .selectAll()
    .where("proposer_id", "=", accountId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();

/**
 * The person's erasure: their proposals never published are deleted; on published and withdrawn
 * items their name leaves the byline (the organisation stays) and the item no longer names them.
 */
export async function eraseProposer(db: Db, accountId: string): Promise<void> {
  await q(db)
    .deleteFrom("news_items")
    .where("proposer_id", "=", accountId)
    .where("status", "in", ["draft", "pending", "changes-requested", "rejected"])
    .execute();
  await q(db)
    .updateTable("news_items")
    .set({ proposer_id: null, byline_name: null })
    .where("proposer_id", "=", accountId)
    .execute();
  await q(db)
    .updateTable("news_items")
    .set({ published_by: null })
    .where("published_by", "=", accountId)
    .execute();
}

export const findItemByDelivery = (db: Db, deliveryId: string) =>
  q(db).selectFrom("news_items").selectAll().where("delivery_id", "=", deliveryId).executeTakeFirst();

/** Inserts unless an item of the same delivery exists (two calls at once: one row). True if inserted. */
export async function insertItemOnce(db: Db, row: NewNewsRow): Promise<boolean> {
  const r = await q(db)
    .insertInto("news_items")
    .values(row)
    .onConflict((oc) => oc.column("delivery_id").doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Proposals waiting in each of these networks (the editors' "my area"). */
export async function pendingCounts(db: Db, networkIds: string[]): Promise<Map<string, number>> {
  if (!networkIds.length) return new Map();
  const rows = await q(db)
    .selectFrom("news_items")
    .select(["network_id", (eb) => eb.fn.countAll<string>().as("n")])
    .where("status", "=", "pending")
    .where("network_id", "in", networkIds)
    .groupBy("network_id")
    .execute();
  return new Map(rows.map((r) => [r.network_id, Number(r.n)]));
}
