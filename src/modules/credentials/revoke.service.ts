// Revocation (issue 18, item 6), the service only: the coordinator's button and the CLI come in a
// later slice. Sets the credential's bit and re-signs its status list in one transaction, the list's
// row locked so two revocations never sign a list that lacks the other's bit.
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
import { issuerOf, signingKey } from "./issuers.service.ts";
import { signDocument, unsignedStatusList } from "./sign.ts";
import "./events.ts";

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
    await emit(deps, trx, "credentials.credential.revoked", {
      credentialId: row.id,
      accountId: row.account_id,
      networkId: issuer.network_id,
    });
  });
}
