// The only SQL of notifications: the list and its unread counter, preferences, mutes, digests.
import { type Selectable, sql } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { NotificationMode } from "../../platform/notifications.ts";
import type { NotificationsTables } from "./tables.ts";

const q = (db: Db) => db.withTables<NotificationsTables>();

export type NotificationRow = Selectable<NotificationsTables["notifications"]>;
export type NewNotification = Omit<NotificationRow, "read_at" | "text_params"> & {
  text_params: Record<string, string>;
};

/** Stores one notification and counts it unread, in `trx`; false when it was there already. */
export async function insertNotification(trx: Db, n: NewNotification): Promise<boolean> {
  const added = await q(trx)
    .insertInto("notifications")
    .values({ ...n, text_params: JSON.stringify(n.text_params) })
    .onConflict((oc) => oc.columns(["account_id", "kind", "event_id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!added) return false;
  await q(trx)
    .insertInto("notification_accounts")
    .values({ account_id: n.account_id, unread: 1 })
    .onConflict((oc) =>
      oc.column("account_id").doUpdateSet({ unread: sql`notification_accounts.unread + 1` }),
    )
    .execute();
  return true;
}

export const unreadCount = async (db: Db, accountId: string): Promise<number> =>
  (
    await q(db)
      .selectFrom("notification_accounts")
      .select("unread")
      .where("account_id", "=", accountId)
      .executeTakeFirst()
  )?.unread ?? 0;

/** Newest first; `before` is the last row of the previous page (created_at, id). */
export function listNotifications(
  db: Db,
  accountId: string,
  o: { limit: number; before?: { at: Date; id: string }; unreadOnly?: boolean; offset?: number },
) {
  let query = q(db).selectFrom("notifications").selectAll().where("account_id", "=", accountId);
  if (o.unreadOnly) query = query.where("read_at", "is", null);
  if (o.before) {
    const { at, id } = o.before;
    query = query.where((eb) =>
      eb.or([eb("created_at", "<", at), eb.and([eb("created_at", "=", at), eb("id", "<", id)])]),
    );
  }
  return query
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(o.limit)
    .offset(o.offset ?? 0)
    .execute();
}

/** For the API's `total` (the pages count unread ones from notification_accounts instead). */
export async function countNotifications(db: Db, accountId: string, unreadOnly: boolean): Promise<number> {
  let query = q(db)
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("account_id", "=", accountId);
  if (unreadOnly) query = query.where("read_at", "is", null);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export const notificationOf = (db: Db, accountId: string, id: string) =>
  q(db)
    .selectFrom("notifications")
    .selectAll()
    .where("account_id", "=", accountId)
    .where("id", "=", id)
    .executeTakeFirst();

/** Marks read (one, or every unread one) and lowers the counter by as many, in one transaction. */
export async function markRead(trx: Db, accountId: string, at: Date, id?: string): Promise<number> {
  let query = q(trx)
    .updateTable("notifications")
    .set({ read_at: at })
    .where("account_id", "=", accountId)
    .where("read_at", "is", null);
  if (id) query = query.where("id", "=", id);
  const done = (await query.returning("id").execute()).length;
  // All read: the counter is 0 whatever it said (it cannot drift past a "mark all as read").
  if (done || !id)
    await q(trx)
      .updateTable("notification_accounts")
      .set({ unread: id ? sql`greatest(unread - ${done}, 0)` : 0 })
      .where("account_id", "=", accountId)
      .execute();
  return done;
}

/** The modes chosen for `kind` by these people (absent: the kind's default). */
export async function modesFor(
  db: Db,
  kind: string,
  accountIds: string[],
): Promise<Map<string, NotificationMode>> {
  if (!accountIds.length) return new Map();
  const rows = await q(db)
    .selectFrom("notification_prefs")
    .select(["account_id", "mode"])
    .where("kind", "=", kind)
    .where("account_id", "in", accountIds)
    .execute();
  return new Map(rows.map((r) => [r.account_id, r.mode]));
}

/** Who of these people muted the scope. */
export async function mutedAmong(db: Db, scopeId: string, accountIds: string[]): Promise<Set<string>> {
  if (!accountIds.length) return new Set();
  const rows = await q(db)
    .selectFrom("notification_mutes")
    .select("account_id")
    .where("scope_id", "=", scopeId)
    .where("account_id", "in", accountIds)
    .execute();
  return new Set(rows.map((r) => r.account_id));
}

export const prefsOf = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("notification_prefs")
    .select(["kind", "mode"])
    .where("account_id", "=", accountId)
    .execute();

export async function setPref(
  trx: Db,
  accountId: string,
  kind: string,
  mode: NotificationMode,
): Promise<void> {
  await q(trx)
    .insertInto("notification_prefs")
    .values({ account_id: accountId, kind, mode })
    .onConflict((oc) => oc.columns(["account_id", "kind"]).doUpdateSet({ mode }))
    .execute();
}

export const digestHourOf = async (db: Db, accountId: string): Promise<number | undefined> =>
  (
    await q(db)
      .selectFrom("notification_accounts")
      .select("digest_hour")
      .where("account_id", "=", accountId)
      .executeTakeFirst()
  )?.digest_hour;

export async function setDigestHour(trx: Db, accountId: string, hour: number): Promise<void> {
  await q(trx)
    .insertInto("notification_accounts")
    .values({ account_id: accountId, digest_hour: hour })
    .onConflict((oc) => oc.column("account_id").doUpdateSet({ digest_hour: hour }))
    .execute();
}

export const mutesOf = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("notification_mutes")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("scope_name")
    .execute();

export async function addMute(
  db: Db,
  m: {
    account_id: string;
    scope_kind: "lab" | "network";
    scope_id: string;
    scope_name: string;
    created_at: Date;
  },
): Promise<void> {
  await q(db)
    .insertInto("notification_mutes")
    .values(m)
    .onConflict((oc) => oc.columns(["account_id", "scope_kind", "scope_id"]).doNothing())
    .execute();
}

export async function removeMute(db: Db, accountId: string, scopeId: string): Promise<void> {
  await q(db)
    .deleteFrom("notification_mutes")
    .where("account_id", "=", accountId)
    .where("scope_id", "=", scopeId)
    .execute();
}

/** People with notifications waiting for a digest, and their digest hour. */
export const digestCandidates = (db: Db) =>
  q(db)
    .selectFrom("notifications as n")
    .leftJoin("notification_accounts as a", "a.account_id", "n.account_id")
    .select(["n.account_id", sql<number>`coalesce(a.digest_hour, 8)`.as("digest_hour")])
    .where("n.digest", "=", "pending")
    .distinct()
    .execute();

/** The person's digest for `localDate`, claimed once: false when it was sent already. */
export async function claimDigest(trx: Db, accountId: string, localDate: string, at: Date): Promise<boolean> {
  const row = await q(trx)
    .insertInto("notification_digests")
    .values({ account_id: accountId, local_date: localDate, sent_at: at })
    .onConflict((oc) => oc.columns(["account_id", "local_date"]).doNothing())
    .returning("account_id")
    .executeTakeFirst();
  return Boolean(row);
}

export const pendingForDigest = (db: Db, accountId: string) =>
  q(db)
    .selectFrom("notifications")
    .selectAll()
    .where("account_id", "=", accountId)
    .where("digest", "=", "pending")
    .orderBy("created_at")
    .limit(200)
    .execute();

export async function markDigested(trx: Db, ids: string[]): Promise<void> {
  if (ids.length)
    await q(trx).updateTable("notifications").set({ digest: "sent" }).where("id", "in", ids).execute();
}
