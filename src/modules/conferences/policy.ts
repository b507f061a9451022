// Who may manage conferences: the owning network's coordinators and platform admins. Conferences
// and their programme are public (their registration is open to anyone, without an account).
import { type Actor, hasRole } from "../identity/index.ts";

export const canManageConferences = (actor: Actor | null, networkId: string): boolean =>
  Boolean(actor && (actor.isAdmin || hasRole(actor, networkId, "coordinator")));

/** Trusted internal callers (demo data, tests): no actor, no check. */
export const SYSTEM = Symbol("system");
export type Caller = Actor | typeof SYSTEM;
