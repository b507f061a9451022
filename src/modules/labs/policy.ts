// Who may see and do what with labs and meetings. Seeing follows identity's visibility model
// (`canSee`), with a lab's members as the named participants; a meeting is seen only by those who
// see its lab. Creating labs is for the network's coordinators; meetings also for lab facilitators.
import { type Actor, canSee, hasRole } from "../identity/index.ts";
import type { Lab, Meeting } from "./labs.types.ts";

const participants = (lab: Lab) => lab.members.map((m) => m.accountId);

export const canSeeLab = (actor: Actor | null, lab: Lab): boolean =>
  canSee(actor, { visibility: lab.visibility, networkId: lab.networkId, participantIds: participants(lab) });

export const canSeeMeeting = (actor: Actor | null, lab: Lab, m: Pick<Meeting, "visibility">): boolean =>
  canSeeLab(actor, lab) &&
  canSee(actor, { visibility: m.visibility, networkId: lab.networkId, participantIds: participants(lab) });

export const canCreateLab = (actor: Actor | null, networkId: string): boolean =>
  Boolean(actor && (actor.isAdmin || hasRole(actor, networkId, "coordinator")));

export const canManageLab = (actor: Actor | null, lab: Lab): boolean =>
  canCreateLab(actor, lab.networkId) ||
  Boolean(actor && lab.members.some((m) => m.accountId === actor.id && m.role === "facilitator"));

/** Registering needs an account with a verified address. */
export const canRegister = (actor: Actor | null): actor is Actor => Boolean(actor?.emailVerified);

/** Internal callers that are trusted (demo data, imports, test factories): no actor, no check. */
export const SYSTEM = Symbol("system");
export type Caller = Actor | typeof SYSTEM;
export const actorOf = (c: Caller | null): Actor | null => (c === SYSTEM ? null : c);
