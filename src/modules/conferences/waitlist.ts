// Waiting lists of sessions with limited places: who gets a place that frees up (when someone
// leaves, or when the coordinators add places), in the order people joined the list. Callers hold
// the session's row lock (registrations.repo.ts lockSession) for the whole transaction, so places
// never exceed capacity; the mails go out only after that transaction has committed.

import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/http/context.ts";
import { accessToken } from "./access.ts";
import { sendPlaceFreeMail } from "./mails.ts";
import { countSessionPlaces, promoteWaitlisted, registrationsByIds } from "./registrations.repo.ts";
import type { Conference } from "./types.ts";

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

/** Tells each promoted person that the place is theirs, with the link to their registration page. */
export async function mailPromoted(deps: Deps, conference: Conference, session: string, ids: string[]) {
  for (const r of await registrationsByIds(deps.db, ids))
    await sendPlaceFreeMail(deps, conference, r, session, accessToken(deps, r.id));
}
