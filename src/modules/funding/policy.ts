// Who may see and manage funding calls. Seeing follows identity's visibility model (`canSee`) with
// the owning network; creating and editing is for that network's coordinators and platform admins.
import { type Actor, canSee, hasRole } from "../identity/index.ts";
import type { CallVisibility } from "./tables.ts";

export const canSeeCall = (actor: Actor | null, call: { visibility: CallVisibility; networkId: string }) =>
  canSee(actor, { visibility: call.visibility, networkId: call.networkId });

export const canManageCalls = (actor: Actor | null, networkId: string): boolean =>
  Boolean(actor && (actor.isAdmin || hasRole(actor, networkId, "coordinator")));

/** Trusted internal callers (demo data, tests): no actor, no check. */
export const SYSTEM = Symbol("system");
export type Caller = Actor | typeof SYSTEM;
