// A person's credentials through the manifest's personal-data hooks (issue 18, item 7): the download
// holds each credential's signed JSON as issued (the baked PNG comes with the badges); the erasure
// revokes them and deletes the JSON, which carries the name and the e-mail hash, keeping id and
// status bit so a copy held elsewhere verifies as revoked. The status lists are signed again by a
// job once the deletion has committed (their key is read outside any transaction).
import type { Deps } from "../../platform/deps.ts";
import type { PersonalDataHooks } from "../../platform/module.ts";
import { resignStatusListJob } from "./credentials.jobs.ts";
import { credentialsOfAccount, eraseCredentialsOf } from "./credentials.repo.ts";
import { urls } from "./issuers.service.ts";

async function exportCredentials(deps: Deps, accountId: string) {
  const u = urls(deps);
  return {
    credentials: (await credentialsOfAccount(deps.db, accountId)).map((k) => ({
      achievement: k.achievement,
      url: u.credential(k.id),
      issuedAt: new Date(k.issued_at).toISOString(),
      revokedAt: k.revoked_at ? new Date(k.revoked_at).toISOString() : null,
      revocationReason: k.revocation_reason,
      credential: JSON.parse(k.document) as unknown,
    })),
  };
}

export const hooks: PersonalDataHooks = {
  export: exportCredentials,
  erase: async (deps, trx, accountId) => {
    for (const statusListId of await eraseCredentialsOf(trx, accountId, deps.clock.now()))
      await deps.jobs.sendInTransaction(trx, resignStatusListJob, { statusListId });
  },
};
