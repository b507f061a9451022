// Sign-in by a link sent to the address (15 minutes, single use). Same answer for any address; a
// used link also confirms the address.
import type { Deps } from "../../platform/deps.ts";
import { type LinkRequest, requestLinkMail } from "./email-links.requests.ts";
import { type Redeemed, redeemConfirmingAddress } from "./email-links.ts";

export const requestMagicLink = (deps: Deps, input: LinkRequest): Promise<void> =>
  requestLinkMail(deps, "magic-link", input);

/** Uses the link; the route then signs the person in. */
export const signInWithLink = (deps: Deps, token: string): Promise<Redeemed> =>
  redeemConfirmingAddress(deps, "magic-link", token);
