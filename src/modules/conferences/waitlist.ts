// Waiting lists of sessions with limited places: who gets a place that frees up (when someone
// leaves, or when the coordinators add places), in the order people joined the list. Callers hold
// the session's row lock (registrations.repo.ts lockSession) for the whole transaction, so places
// never exceed capacity; each promotion emits `conferences.place.promoted` in that transaction, and its
// handler mails the person once it has committed (events.handlers.ts).

import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { emitMany } from "../../platform/events.ts";
import { countSessionPlaces, promoteWaitlisted } from "./registrations.repo.ts";
import "./events.handlers.ts";

/**
 * Moves people from the waiting list into the free places (every one of them when the session no
 * longer limits places); answers the registrations promoted. A session that has started gives no
 * more places: a mail saying a place is free would come too late to use it.
 */
export async function fillFreePlaces(
  db: Db,
  session: { id: string; capacity: number | null; starts_at: Date },
  now: Date,
): Promise<string[]> {
  if (session.starts_at <= now) return [];
  if (session.capacity === null) return promoteWaitlisted(db, session.id, null);
  const free = session.capacity - (await countSessionPlaces(db, session.id));
  return promoteWaitlisted(db, session.id, free);
}

/** Emits the promotions of `fillFreePlaces` in its transaction: each person is told the place is theirs. */
export async function placesGiven(
  deps: Deps,
  trx: Db,
  conferenceId: string,
  sessionId: string,
  registrationIds: string[],
): Promise<void> {
  await emitMany(
    deps,
    trx,
    "conferences.place.promoted",
    registrationIds.map((registrationId) => ({ conferenceId, sessionId, registrationId })),
  );
}
