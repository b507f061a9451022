// Password reset by email. The request page answers the same whether or not the address has an
// account; the link lasts an hour, sets a new password, ends every session and signs the person in.
import type { Deps } from "../../platform/deps.ts";
import { type LinkRequest, requestLinkMail } from "./email-links.requests.ts";
import { type Redeemed, redeemConfirmingAddress } from "./email-links.ts";
import { hashPassword } from "./passwords.ts";
import { deleteSessionsExcept, setPasswordHash } from "./profile.repo.ts";
import { revokeAllApiTokens } from "./tokens.service.ts";

export const requestPasswordReset = (deps: Deps, input: LinkRequest): Promise<void> =>
  requestLinkMail(deps, "reset-password", input);

/** Uses the link, sets the password and ends all sessions; the route then starts a new one. */
export async function resetPassword(deps: Deps, token: string, password: string): Promise<Redeemed> {
  const hash = await hashPassword(password);
  // The link reached the inbox, so the address is confirmed too.
  return redeemConfirmingAddress(deps, "reset-password", token, async (trx, account, now) => {
    await setPasswordHash(trx, account.id, hash, now);
    await deleteSessionsExcept(trx, account.id, null);
    await revokeAllApiTokens(deps, account.id, trx);
  });
}
