// Cancelling a whole registration from its secret link (issue 16): the registration is marked
// cancelled, every place it held is freed and goes to the first person waiting (waitlist.ts), its
// places in queues are dropped, and `conferences.registration.cancelled` is emitted, whose handler
// mails the person. One transaction; a second cancel finds nothing to cancel.

import type { Deps } from "../../platform/deps.ts";
import { conflict, notFound } from "../../platform/errors.ts";
import { emit } from "../../platform/events.ts";
import {
  cancelRegistrationRow,
  deleteSessionPlace,
  lockSession,
  placesOfRegistration,
} from "./registrations.repo.ts";
import type { Registration } from "./types.ts";
import { fillFreePlaces, placesGiven } from "./waitlist.ts";
import "./events.handlers.ts";

/**
 * Cancels `registration` (confirmed, not checked in: someone who came cannot un-come). Answers the
 * registrations promoted into the places it freed.
 */
export async function cancelRegistration(deps: Deps, registration: Registration): Promise<string[]> {
  if (registration.checkedInAt) throw conflict("conferences.errors.cancelCheckedIn", "already-checked-in");
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    // The update locks the registration's row: a second cancel at the same time waits, then finds
    // it cancelled and changes nothing.
    const row = await cancelRegistrationRow(trx, registration.id, now);
    if (!row) throw notFound();
    const promoted: string[] = [];
    // Sessions are locked in id order, as one at a time elsewhere, so two cancels cannot deadlock.
    for (const place of await placesOfRegistration(trx, registration.id)) {
      const session = await lockSession(trx, registration.conferenceId, place.session_id);
      if (!session) continue;
      const left = await deleteSessionPlace(trx, session.id, registration.id);
      const given = left === "confirmed" ? await fillFreePlaces(trx, session, now) : [];
      await placesGiven(deps, trx, registration.conferenceId, session.id, given);
      promoted.push(...given);
    }
    await emit(deps, trx, "conferences.registration.cancelled", {
      conferenceId: registration.conferenceId,
      registrationId: registration.id,
    });
    return promoted;
  });
}
