// SQL for OpenID Connect sign-in: identities (issuer and subject) linked to accounts, the pending
// confirmations of a link mailed to an existing account, and the email an identity vouches for.
import type { ColumnType } from "kysely";
import type { Db } from "../../platform/db/database.ts";
import type { IdentityTables } from "./tables.ts";

type Created = ColumnType<Date, Date | undefined, never>;

type OidcTables = {
  oidc_identities: { issuer: string; subject: string; account_id: string; created_at: Created };
  oidc_link_requests: {
    id: string;
    account_id: string;
    email: string;
    issuer: string;
    subject: string;
    next: ColumnType<string, string | undefined, never>;
    created_at: Created;
    expires_at: Date;
    used_at: Date | null;
  };
};

const q = (db: Db) => db.withTables<OidcTables>();

export async function markEmailVerified(db: Db, accountId: string, now: Date): Promise<void> {
  await db
    .withTables<IdentityTables>()
    .updateTable("accounts")
    .set({ email_verified_at: now, updated_at: now })
    .where("id", "=", accountId)
    .where("email_verified_at", "is", null)
    .execute();
}

export async function findLinkedAccountId(
  db: Db,
  issuer: string,
  subject: string,
): Promise<string | undefined> {
  const row = await q(db)
    .selectFrom("oidc_identities")
    .select("account_id")
    .where("issuer", "=", issuer)
    .where("subject", "=", subject)
    .executeTakeFirst();
  return row?.account_id;
}

/** Links the identity to the account; an identity already linked keeps its account. */
export async function linkIdentity(
  db: Db,
  l: { issuer: string; subject: string; accountId: string; now: Date },
): Promise<void> {
  await q(db)
    .insertInto("oidc_identities")
    .values({ issuer: l.issuer, subject: l.subject, account_id: l.accountId, created_at: l.now })
    .onConflict((oc) => oc.columns(["issuer", "subject"]).doNothing())
    .execute();
}

export async function insertLinkRequest(
  db: Db,
  r: {
    id: string;
    accountId: string;
    email: string;
    issuer: string;
    subject: string;
    next: string;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await q(db)
    .insertInto("oidc_link_requests")
    .values({
      id: r.id,
      account_id: r.accountId,
      email: r.email,
      issuer: r.issuer,
      subject: r.subject,
      next: r.next,
      created_at: r.now,
      expires_at: r.expiresAt,
    })
    .execute();
}

export async function findLinkRequest(db: Db, id: string) {
  return q(db)
    .selectFrom("oidc_link_requests")
    .select(["account_id", "email", "issuer", "expires_at", "used_at"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Uses a pending, unexpired request in one statement, so two clicks cannot both use it. */
export async function useLinkRequest(db: Db, id: string, now: Date) {
  return q(db)
    .updateTable("oidc_link_requests")
    .set({ used_at: now })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning(["account_id", "email", "issuer", "subject", "next"])
    .executeTakeFirst();
}

/** Retires the account's other open requests, so only the newest mailed link works. */
export async function retireLinkRequests(db: Db, accountId: string, now: Date): Promise<void> {
  await q(db)
    .updateTable("oidc_link_requests")
    .set({ used_at: now })
    .where("account_id", "=", accountId)
    .where("used_at", "is", null)
    .execute();
}
