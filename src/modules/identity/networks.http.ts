// Helpers shared by the organisation, network, invitation and admin routes: who must sign in, and how
// a refusal is shown (CONVENTIONS "Visibility": what a person may not see is a 404).
import { forbidden, notFound } from "../../platform/errors.ts";
import type { Ctx } from "../../platform/http/context.ts";
import { type Actor, can } from "./policy.ts";

/** A page that needs an account sends an anonymous visitor to sign in, and back here afterwards. */
export function toSignIn(c: Ctx) {
  const url = new URL(c.req.url);
  return c.redirect(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
}

/**
 * A refusal inside a network: 403 for someone who can see the network's people (they know what is
 * there, they just may not do this), 404 for everyone else.
 */
export function refuseInNetwork(actor: Actor | null, networkId: string) {
  return can(actor, { action: "view-members", networkId }) ? forbidden() : notFound();
}
