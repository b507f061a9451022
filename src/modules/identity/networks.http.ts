// Helpers shared by the organisation, network, invitation and admin routes, and the guards other
// modules' routes use: who must sign in, the network a path names, and how a refusal is shown
// (CONVENTIONS "Visibility": what a person may not see is a 404).
import { forbidden, notFound } from "../../platform/errors.ts";
import { network } from "../../platform/http/guards.ts";
import { networkBySlug } from "./networks.service.ts";
import { type Actor, can } from "./policy.ts";

/** A page that needs an account sends an anonymous visitor to sign in (the platform's guard does it). */
export { toSignIn } from "../../platform/http/guards.ts";

/** Guard: the network of the path's `:slug`, set as `network` (404 for a slug no network has). */
export const networkOfSlug = () => network(networkBySlug);

/**
 * A refusal inside a network: 403 for someone who can see the network's people (they know what is
 * there, they just may not do this), 404 for everyone else.
 */
export function refuseInNetwork(actor: Actor | null, networkId: string) {
  return can(actor, { action: "view-members", networkId }) ? forbidden() : notFound();
}

/** `refuseInNetwork` as an `authorize` guard's refusal, for a resource that names its network. */
export const networkRefusal = (actor: Actor | null, resource: { networkId: string }) =>
  refuseInNetwork(actor, resource.networkId);
