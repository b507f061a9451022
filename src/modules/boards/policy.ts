// Who may do what with the participatory board: the one place that answers can(actor, action,
// resource) for the module. Pages, services, /live and the pure rules all ask here.
//
// Two kinds of asker. In a network, the actor is the signed-in person (null: nobody signed in): who
// may list, create, open and join sessions, run them, and manage the network's saved templates. On a
// board, the actor is the person's place in the session (a participant, null when they have not
// joined), because a guest has no account and a role on the board (lead or co-facilitator) belongs to
// the place, not to the account. Which note is whose, and what each phase allows, stay in the rules
// (rules.*.ts), which refuse with a reason the participant is shown.
import {
  type Actor,
  hasRole,
  isMember,
  isSystem,
  type Policy,
  type Visibility,
} from "../../platform/auth/index.ts";
import type { Participant } from "./rules.model.ts";

/** A person's place in a session, as far as the policy reads it. */
export type Place = Pick<Participant, "role" | "accountId">;

/** A session as the policy sees it, with the asker's place in it (null: not joined). */
export type SessionSeen = { networkId: string; closed: boolean; participant: Place | null };

/** Each action: who asks (`actor`) and about what (`resource`; none for the board's own roles). */
type Rules = {
  /** The network's list of sessions. */
  "list-sessions": { actor: Actor | null; resource: { networkId: string } };
  /** Start a session in the network. */
  "create-session": { actor: Actor | null; resource: { networkId: string } };
  /** The network's saved templates (their page; starting a session from one). */
  "use-templates": { actor: Actor | null; resource: { networkId: string } };
  /** Run the network's sessions: joining one makes the person a co-facilitator. */
  facilitate: { actor: Actor | null; resource: { networkId: string } };
  /** Delete a saved template. */
  "delete-template": { actor: Actor | null; resource: { networkId: string; createdBy: string | null } };
  /** Open a session: its board, summary and files (an export never shows more than the board). */
  "see-session": { actor: Actor | null; resource: SessionSeen };
  /** The "Join" button on the session's page, for someone who may see it and has not joined. */
  "join-from-page": { actor: Actor | null; resource: SessionSeen };
  /** Join a session (from its page or its link). A closed session is refused by the service. */
  join: { actor: Actor | null; resource: { guestsAllowed: boolean } };
  /** A /live ticket for a session: only a guest's place asks (accounts use their session cookie). */
  "live-ticket": { actor: Actor | null; resource: { participant: Place } };
  /** Facilitate the board: phases and ending, timer, lock, focus, outcomes, moderation, the notes
   *  of a private collect, the QR code to project. */
  "run-board": { actor: Pick<Place, "role"> | null; resource: undefined };
  /** Hand the lead over to someone else. */
  "hand-over": { actor: Pick<Place, "role"> | null; resource: undefined };
  /** Be handed the lead. */
  lead: { actor: Place | null; resource: undefined };
  /** Save the session's columns as a template of its network. */
  "save-template": { actor: Place | null; resource: undefined };
  /** Promote a group or note of the (closed) session to the catalogue or a lab's action plan. */
  promote: { actor: Place | null; resource: undefined };
  /** Reopen the closed session (only within the window after closing: `reopenable`). */
  reopen: { actor: Place | null; resource: undefined };
};
export type BoardAction = keyof Rules;

/** The lead facilitator and the co-facilitators. */
const staff = (p: Pick<Place, "role"> | null) => p?.role === "facilitator" || p?.role === "co-facilitator";

/** Platform admins, and the network's coordinators and facilitators. */
const runsSessions = (actor: Actor | null, networkId: string) =>
  Boolean(
    actor &&
      (actor.isAdmin || hasRole(actor, networkId, "coordinator") || hasRole(actor, networkId, "facilitator")),
  );

const memberOrAdmin = (actor: Actor | null, networkId: string) =>
  Boolean(actor && (actor.isAdmin || isMember(actor, networkId)));

const RULES: { [A in BoardAction]: (actor: Rules[A]["actor"], resource: Rules[A]["resource"]) => boolean } = {
  "list-sessions": (actor, r) => memberOrAdmin(actor, r.networkId),
  "create-session": (actor, r) => runsSessions(actor, r.networkId),
  "use-templates": (actor, r) => runsSessions(actor, r.networkId),
  facilitate: (actor, r) => runsSessions(actor, r.networkId),
  // The person who saved it may delete it even when they no longer run sessions in the network.
  "delete-template": (actor, r) =>
    Boolean(
      actor && (actor.isAdmin || r.createdBy === actor.id || hasRole(actor, r.networkId, "coordinator")),
    ),
  // Whoever joined (a guest too, or someone with the link from another network) and the network's
  // members; anyone else is answered 404.
  "see-session": (actor, r) => r.participant !== null || memberOrAdmin(actor, r.networkId),
  "join-from-page": (actor, r) => r.participant === null && !r.closed && memberOrAdmin(actor, r.networkId),
  // The link is the invitation: anyone signed in who has it; a guest only where the session allows.
  join: (actor, r) => Boolean(actor) || r.guestsAllowed,
  "live-ticket": (actor, r) => !actor && r.participant.accountId === null,
  "run-board": (place) => staff(place),
  "hand-over": (place) => place?.role === "facilitator",
  // Only someone with an account (docs/board-protocol.md, `facilitator.handover`).
  lead: (place) => Boolean(place && place.accountId !== null),
  // Both leave the session (a network's template, a draft practice, a plan's action): an account's.
  "save-template": (place) => Boolean(place?.accountId && staff(place)),
  promote: (place) => Boolean(place?.accountId && staff(place)),
  // Audited in identity's log under the account that did it, so an account's, like promote.
  reopen: (place) => Boolean(place?.accountId && staff(place)),
};

/** The board's own roles: actions with no resource, asked by a place. */
type PlaceAction = { [A in BoardAction]: Rules[A]["resource"] extends undefined ? A : never }[BoardAction];
type ResourceAction = Exclude<BoardAction, PlaceAction>;

/** On a board: may this place (null: not joined) do this? */
export function can<A extends PlaceAction>(place: Rules[A]["actor"], action: A): boolean;
/** In a network, or about a session or a template: may this person (null: nobody) do this to it? */
export function can<A extends ResourceAction>(
  actor: Rules[A]["actor"],
  action: A,
  resource: Rules[A]["resource"],
): boolean;
export function can(actor: unknown, action: BoardAction, resource?: unknown): boolean {
  // The overloads above pair each action with its actor and resource; RULES is checked against them.
  return (RULES[action] as (actor: unknown, resource: unknown) => boolean)(actor, resource);
}

/** What is asked in a network by the signed-in person, about the network itself. */
export type NetworkAction = "list-sessions" | "create-session" | "use-templates";

/** The network actions in the platform's `Policy` shape, for `authorize()` guards (guards.ts). */
export const boardsPolicy: Policy<{ [A in NetworkAction]: { networkId: string } }> = (
  actor,
  action,
  resource,
) =>
  // No job or seed asks these; the system caller is refused them.
  !isSystem(actor) && can(actor, action as NetworkAction, resource);

/**
 * How long after closing a session its facilitators may reopen it: long enough to fix a session
 * closed by mistake or to add what the room forgot, short enough that a summary others have read,
 * exported or linked from a lab's page does not change months later. What was promoted from it
 * meanwhile stays as it is (decision 0038).
 */
export const REOPEN_WINDOW_DAYS = 7;

/** The last moment a session closed at `closedAt` may be reopened. */
export const reopenUntil = (closedAt: Date): Date =>
  new Date(closedAt.getTime() + REOPEN_WINDOW_DAYS * 86_400_000);

/** Whether a session closed at `closedAt` may still be reopened at `now` (the window included). */
export const reopenable = (closedAt: Date | null, now: Date): boolean =>
  closedAt !== null && now.getTime() <= reopenUntil(closedAt).getTime();

/**
 * A session's visibility in the platform's vocabulary, as its events carry it: the network's members
 * see it (`see-session`), plus whoever joined it by its link, who are its participants. Every session
 * has it (none is public, none narrower); a setting for it would change this one answer.
 */
export const SESSION_VISIBILITY: Visibility = "network";

/**
 * "Sessioni partecipative" in the main navigation (the manifest's entry, GET /boards): for people
 * who belong to a network, where sessions happen, and platform admins.
 */
export const hasSessionsHome = (actor: Actor | null): boolean =>
  Boolean(actor && (actor.isAdmin || Object.values(actor.networkRoles).some((roles) => roles.length > 0)));

/** For other modules (index.ts): whether this person may start sessions in the network. */
export const canCreateSession = (actor: Actor | null, networkId: string): boolean =>
  can(actor, "create-session", { networkId });
