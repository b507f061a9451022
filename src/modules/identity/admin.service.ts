// Platform administration: the list of accounts and the admin flag, whose every change is audited.

import type { Deps } from "../../platform/deps.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { listAccounts, setAdminFlag } from "./admin.repo.ts";
import { audit } from "./audit.service.ts";
import { type Actor, can } from "./policy.ts";

export const ACCOUNTS_PAGE_SIZE = 50;

export async function accountsPage(deps: Deps, actor: Actor, page: number) {
  if (!can(actor, { action: "admin" })) throw forbidden();
  const { rows, total } = await listAccounts(deps.db, {
    limit: ACCOUNTS_PAGE_SIZE,
    offset: (page - 1) * ACCOUNTS_PAGE_SIZE,
  });
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / ACCOUNTS_PAGE_SIZE)) };
}

export class AdminError extends AppError {}

export async function changeAdminFlag(deps: Deps, actor: Actor, accountId: string, isAdmin: boolean) {
  if (!can(actor, { action: "admin" })) throw forbidden();
  if (!isUuid(accountId)) throw notFound();
  // An admin removing their own flag could leave the instance with nobody to manage it.
  if (accountId === actor.id && !isAdmin)
    throw new AdminError(409, "self-demotion", "identity.admin.selfDemotion");
  await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    if (!(await setAdminFlag(trx, accountId, isAdmin, now))) return;
    await audit(trx, {
      actorId: actor.id,
      action: isAdmin ? "account.admin-granted" : "account.admin-revoked",
      subjectId: accountId,
      at: now,
    });
  });
}
