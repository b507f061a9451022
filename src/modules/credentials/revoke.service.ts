// Revocation (issue 18, item 6), the service only: the coordinator's button and the CLI come in a
// later slice. Sets the credential's bit and re-signs its status list in one transaction, the list's
// row locked so two revocations never sign a list that lacks the other's bit.
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { conflict, notFound } from "../../platform/errors.ts";
import { emit } from "../../platform/events.ts";
import { isUuid } from "../../platform/ids.ts";
import {
  credentialById,
  issuerById,
  lockStatusList,
  markRevoked,
  revokedIndexes,
  statusListById,
  updateStatusList,
} from "./credentials.repo.ts";
import { type Issuer, issuerOf, signingKey } from "./issuers.service.ts";
import { type IssuerKey, signDocument, unsignedStatusList } from "./sign.ts";
import "./events.ts";

/** Signs the list again with the bits of its revoked credentials, in `trx` (its row locked there). */
async function signStatusList(
  trx: Db,
  listRow: { id: string; credential: string },
  issuer: Issuer,
  key: IssuerKey,
  now: Date,
): Promise<void> {
  const url = (JSON.parse(listRow.credential) as { id: string }).id;
  const signed = await signDocument(
    await unsignedStatusList({
      url,
      issuerId: issuer.profile.id,
      revoked: await revokedIndexes(trx, listRow.id),
      validFrom: now,
    }),
    key,
    now,
  );
  await updateStatusList(trx, listRow.id, JSON.stringify(signed), now);
}

/**
 * Re-signs a status list whose bits changed in a transaction that could not sign (an account's
 * erasure: its hooks run inside the deletion's transaction, and the key is read outside any).
 */
export async function resignStatusList(deps: Deps, statusListId: string): Promise<void> {
  const listRow = await statusListById(deps.db, statusListId);
  const issuer = listRow && (await issuerOf(deps, listRow.issuer_id));
  if (!listRow || !issuer) return;
  const key = await signingKey(deps, issuer);
  await deps.db.transaction().execute(async (trx) => {
    const locked = await lockStatusList(trx, statusListId);
    if (locked) await signStatusList(trx, locked, issuer, key, deps.clock.now());
  });
}

export async function revokeCredential(deps: Deps, credentialId: string, reason: string): Promise<void> {
  const row = isUuid(credentialId) ? await credentialById(deps.db, credentialId) : undefined;
  if (!row) throw notFound();
  const listRow = await statusListById(deps.db, row.status_list_id);
  const issuerRow = listRow && (await issuerById(deps.db, listRow.issuer_id));
  const issuer = issuerRow && (await issuerOf(deps, issuerRow.id));
  if (!listRow || !issuer) throw notFound();
  // The key is opened before the transaction: reading it inside would wait for it on the embedded database.
  const key = await signingKey(deps, issuer);
  await deps.db.transaction().execute(async (trx) => {
    await lockStatusList(trx, listRow.id);
    const now = deps.clock.now();
    if (!(await markRevoked(trx, row.id, now, reason))) throw conflict("The credential is already revoked.");
    await signStatusList(trx, listRow, issuer, key, now);
    await emit(deps, trx, "credentials.credential.revoked", {
      credentialId: row.id,
      accountId: row.account_id,
      networkId: issuer.network_id,
    });
  });
}
