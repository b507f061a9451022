// Who may answer an invitation: only the person whose verified address it was sent to. A link can be
// forwarded, leaked or read over a shoulder; holding it proves nothing about who it was meant for.
import type { Ctx } from "../../platform/http/context.ts";
import type { Actor } from "./policy.ts";

/** The same mailbox, whatever the case of the letters. */
export const sameAddress = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

/** True when the signed-in person's verified address is the invited one. */
export const isInvitedAddress = (actor: Actor, invitedEmail: string): boolean =>
  actor.emailVerified && sameAddress(actor.email, invitedEmail);

/** Whether someone is signed in on this browser with an address other than `invited`. */
export const signedInAsOther = (c: Ctx, invited: string): boolean => {
  const actor = c.get("actor");
  return Boolean(actor && !sameAddress(actor.email, invited));
};

/**
 * The invited address as the refusal shows it: the first letter of the name and the whole domain
 * (g•••@comune.example.it). Whoever holds the link may not be the invitee, so the page must not hand
 * them the full address; the invitee recognises their own from this much.
 */
export function maskEmail(email: string): string {
  const e = email.trim();
  const at = e.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${e[0]}•••${e.slice(at)}`;
}
