// Moving a conference in time and making its next edition (issue 16): shifting the conference with
// every session by a number of days in one transaction (audited, and its registrants told through
// `conferences.conference.changed`), and duplicating it as a new edition with its tracks, sessions and
// speakers but none of its registrations. Staff only (the policy's "manage").

import { actorOf, type Caller } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, invalid, notFound, parseOrInvalid } from "../../platform/errors.ts";
import { emit } from "../../platform/events.ts";
import { firstFreeSlug, newId } from "../../platform/ids.ts";
import { deleteImage, storeImage } from "../../platform/images/store.ts";
import { audit } from "../identity/index.ts";
import {
  conferenceSlugsStartingWith,
  insertConference,
  insertSession,
  insertSpeaker,
  insertTrack,
  lockConference,
  sessionSpeakerLinks,
  sessionsOf,
  setSessionSpeakers,
  speakersOf,
  tracksOf,
  updateConferenceRow,
  updateSessionRow,
} from "./conferences.repo.ts";
import { can } from "./policy.ts";
import { loadConference } from "./read.ts";
import { DuplicateInput, ShiftInput } from "./schema.ts";
import type { Conference } from "./types.ts";
import { addDays, daysFrom, shiftInstant } from "./when.ts";
import "./events.handlers.ts";
import "./messages.editions.ts";

const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

function authorise(caller: Caller | null, c: Conference) {
  if (!can(caller, "manage", c)) throw notFound();
}

/**
 * Moves the conference and all its sessions by `days` (negative: earlier). Sessions keep their
 * wall-clock times in the conference's zone. One transaction, with the conference's row locked so
 * two shifts at once add up instead of overwriting each other.
 */
export async function shiftConference(
  deps: Deps,
  caller: Caller | null,
  conference: Conference,
  input: unknown,
): Promise<Conference> {
  authorise(caller, conference);
  const { days } = parseOrInvalid(ShiftInput, input, "form");
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockConference(trx, conference.id);
    if (!row) throw notFound();
    const current = await loadConference({ ...deps, db: trx }, conference.id);
    const startsOn = addDays(current.startsOn, days);
    const endsOn = addDays(current.endsOn, days);
    if (startsOn < "1900-01-01" || endsOn > "2200-12-31")
      throw invalid([{ field: "days", message: "conferences.errors.shiftDays" }]);
    await updateConferenceRow(trx, current.id, { starts_on: startsOn, ends_on: endsOn, updated_at: now });
    for (const s of await sessionsOf(trx, current.id)) {
      await updateSessionRow(trx, s.id, {
        starts_at: shiftInstant(s.starts_at, days, current.timeZone),
        ends_at: shiftInstant(s.ends_at, days, current.timeZone),
      });
    }
    await audit(trx, {
      actorId: actorOf(caller)?.id ?? null,
      action: "conference.dates-shifted",
      networkId: current.networkId,
      // `title` is what the audit page shows (identity's audit-page.tsx); the rest is kept for the record.
      details: { title: current.title, conferenceId: current.id, days, from: current.startsOn, to: startsOn },
      at: now,
    });
    await emit(deps, trx, "conferences.conference.changed", { conferenceId: current.id });
  });
  return loadConference(deps, conference.id);
}

/** Stores a copy of a speaker's photo for the new edition (the editions never share a file). */
async function copyPhoto(deps: Deps, key: string | null) {
  if (!key) return null;
  const file = await deps.files.get(key);
  if (!file) return null;
  const image = await storeImage(deps.files, "conference-speakers", new Uint8Array(file.bytes), {
    maxBytes: PHOTO_MAX_BYTES,
  }).catch((err) => {
    if (err instanceof AppError) return null;
    throw err;
  });
  return image && { key: image.key, type: image.contentType };
}

/**
 * A new edition of `source`: the title and first day given, the same length, venue, zone, lab,
 * tracks, speakers (photos copied) and sessions (moved by the same number of days, keeping their
 * times); no registrations. Answers the new conference.
 */
export async function duplicateConference(
  deps: Deps,
  caller: Caller | null,
  source: Conference,
  input: unknown,
): Promise<Conference> {
  authorise(caller, source);
  const d = parseOrInvalid(DuplicateInput, input, "form");
  const shift = daysFrom(source.startsOn, d.startsOn);
  const [tracks, sessions, speakers, links] = await Promise.all([
    tracksOf(deps.db, source.id),
    sessionsOf(deps.db, source.id),
    speakersOf(deps.db, source.id),
    sessionSpeakerLinks(deps.db, source.id),
  ]);
  const photos = new Map<string, { key: string; type: string } | null>();
  for (const s of speakers) photos.set(s.id, await copyPhoto(deps, s.photo_key));
  const id = newId();
  const now = deps.clock.now();
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertConference(trx, {
        id,
        slug: await firstFreeSlug(d.title, "conference", (base) => conferenceSlugsStartingWith(trx, base)),
        network_id: source.networkId,
        lab_id: source.labId,
        title: d.title,
        description: source.description,
        venue: source.venue,
        time_zone: source.timeZone,
        starts_on: d.startsOn,
        ends_on: addDays(source.endsOn, shift),
        registration_open: d.registrationOpen,
        created_by: actorOf(caller)?.id ?? null,
        created_at: now,
        updated_at: now,
      });
      const trackIds = new Map(tracks.map((t) => [t.id, newId()]));
      for (const t of tracks) await insertTrack(trx, { ...t, id: trackIds.get(t.id)!, conference_id: id });
      const speakerIds = new Map(speakers.map((s) => [s.id, newId()]));
      for (const s of speakers) {
        const photo = photos.get(s.id);
        await insertSpeaker(trx, {
          ...s,
          id: speakerIds.get(s.id)!,
          conference_id: id,
          photo_key: photo?.key ?? null,
          photo_type: photo?.type ?? null,
          photo_alt: photo ? s.photo_alt : null,
          created_at: now,
        });
      }
      for (const s of sessions) {
        const sessionId = newId();
        await insertSession(trx, {
          id: sessionId,
          conference_id: id,
          track_id: trackIds.get(s.track_id)!,
          title: s.title,
          description: s.description,
          starts_at: shiftInstant(s.starts_at, shift, source.timeZone),
          ends_at: shiftInstant(s.ends_at, shift, source.timeZone),
          capacity: s.capacity,
          created_at: now,
        });
        const mine = links.filter((l) => l.session_id === s.id).map((l) => speakerIds.get(l.speaker_id)!);
        await setSessionSpeakers(trx, sessionId, mine);
      }
      await audit(trx, {
        actorId: actorOf(caller)?.id ?? null,
        action: "conference.duplicated",
        networkId: source.networkId,
        details: { title: source.title, conferenceId: source.id, edition: d.title, editionId: id },
        at: now,
      });
    });
  } catch (err) {
    for (const p of photos.values()) if (p) await deleteImage(deps.files, p.key).catch(() => undefined);
    throw err;
  }
  return loadConference(deps, id);
}
