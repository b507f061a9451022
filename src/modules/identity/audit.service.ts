// The audit log of membership, role, PA-flag, admin-flag and invitation changes: who did what, when.
// Services write the entry in the same transaction as the change, so neither exists without the other.
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { type AuditEntry, insertAudit, listAudit } from "./audit.repo.ts";

export type AuditAction =
  | "organisation.created"
  | "organisation.member-requested"
  | "organisation.member-confirmed"
  | "organisation.member-rejected"
  | "organisation.pa-flag-set"
  | "organisation.pa-flag-unset"
  | "network.created"
  | "network.organisation-requested"
  | "network.organisation-added"
  | "network.organisation-accepted"
  | "network.organisation-declined"
  | "network.organisation-removed"
  | "network.roles-changed"
  | "network.person-removed"
  | "invitation.sent"
  | "invitation.accepted"
  | "invitation.declined"
  | "invitation.revoked"
  | "account.admin-granted"
  | "account.admin-revoked";

/**
 * Actions other modules record in the same log, named after their module (e.g. "practice.publish");
 * their labels live in those modules' catalogues under identity.audit.action.*.
 */
export type ModuleAuditAction =
  | `practice.${string}`
  | `lab.${string}`
  | `board.${string}`
  | `conference.${string}`
  | `learning.${string}`
  | `publications.${string}`;

export const audit = (db: Db, e: AuditEntry & { action: AuditAction | ModuleAuditAction }) =>
  insertAudit(db, e);

export const AUDIT_PAGE_SIZE = 50;

export async function auditPage(deps: Deps, f: { networkId?: string }, page: number) {
  const { rows, total } = await listAudit(deps.db, f, {
    limit: AUDIT_PAGE_SIZE,
    offset: (page - 1) * AUDIT_PAGE_SIZE,
  });
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
