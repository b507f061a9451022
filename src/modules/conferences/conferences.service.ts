// Conferences and their programme: creating and editing a conference in a network (optionally tied
// to one of its labs), tracks, sessions and speakers (photos checked on content), and reading the
// programme (more places in a session go to its waiting list). Validation happens here (schema.ts)
// so every caller gets the same rules.

import { actorOf, type Caller } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, conflict, invalid, notFound, parseOrInvalid } from "../../platform/errors.ts";
import { firstFreeSlug, isUuid, newId } from "../../platform/ids.ts";
import { deleteImage, storeImage, thumbnailKey } from "../../platform/images/store.ts";
import { networkById } from "../identity/index.ts";
import { getLab } from "../labs/index.ts";
import {
  allConferences,
  conferenceSlugsStartingWith,
  deleteRow,
  insertConference,
  insertSession,
  insertSpeaker,
  insertTrack,
  type SessionRow,
  type SpeakerRow,
  sessionSpeakerLinks,
  sessionsOf,
  setSessionSpeakers,
  speakersOf,
  tracksOf,
  updateConferenceRow,
  updateSessionRow,
  updateSpeakerRow,
  updateTrackRow,
} from "./conferences.repo.ts";
import { can } from "./policy.ts";
import { loadConference, toConference } from "./read.ts";
import { countSessionPlaces, lockSession } from "./registrations.repo.ts";
import { ConferenceInput, SessionInput, SpeakerInput, TrackInput } from "./schema.ts";
import type { Conference, Programme, Session, Speaker, Track } from "./types.ts";
import { fillFreePlaces, placesGiven } from "./waitlist.ts";
import { atWallClock, dayOf } from "./when.ts";

export { loadConference, toConference };

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

const toSpeaker = (r: SpeakerRow): Speaker => ({
  id: r.id,
  conferenceId: r.conference_id,
  name: r.name,
  role: r.role,
  affiliation: r.affiliation,
  bio: r.bio,
  photo:
    r.photo_key && r.photo_type ? { key: r.photo_key, type: r.photo_type, alt: r.photo_alt ?? "" } : null,
});

function authorise(caller: Caller | null, networkId: string) {
  if (!can(caller, "manage", { networkId })) throw notFound();
}

/** The lab named in the form, which must be a lab of the same network that the caller can see. */
async function resolveLab(
  deps: Deps,
  caller: Caller | null,
  networkId: string,
  ref: string,
): Promise<string | null> {
  if (!ref) return null;
  // SYSTEM (demo data) may link any lab of the network: labs' policy lets it see them all.
  const lab = await getLab(deps, caller, ref).catch(() => null);
  if (!lab || lab.networkId !== networkId)
    throw invalid([{ field: "lab", message: "conferences.errors.lab" }]);
  return lab.id;
}

export async function createConference(deps: Deps, caller: Caller | null, networkId: string, input: unknown) {
  await networkById(deps, networkId);
  authorise(caller, networkId);
  const d = parseOrInvalid(ConferenceInput, input, "form");
  const labId = await resolveLab(deps, caller, networkId, d.lab);
  const id = newId();
  const now = deps.clock.now();
  await insertConference(deps.db, {
    id,
    slug: await firstFreeSlug(d.title, "conference", (base) => conferenceSlugsStartingWith(deps.db, base)),
    network_id: networkId,
    lab_id: labId,
    title: d.title,
    description: d.description,
    venue: d.venue,
    time_zone: d.timeZone,
    starts_on: d.startsOn,
    ends_on: d.endsOn,
    registration_open: d.registrationOpen,
    created_by: actorOf(caller)?.id ?? null,
    created_at: now,
    updated_at: now,
  });
  return loadConference(deps, id);
}

export async function updateConference(deps: Deps, caller: Caller | null, idOrSlug: string, input: unknown) {
  const current = await loadConference(deps, idOrSlug);
  authorise(caller, current.networkId);
  const d = parseOrInvalid(ConferenceInput, input, "form");
  const labId = await resolveLab(deps, caller, current.networkId, d.lab);
  // Sessions already placed must stay inside the conference's days.
  const sessions = await sessionsOf(deps.db, current.id);
  const outside = sessions.some((s) => {
    const sd = dayOf(s.starts_at, d.timeZone);
    return sd < d.startsOn || sd > d.endsOn;
  });
  if (outside) throw invalid([{ field: "startsOn", message: "conferences.errors.sessionsOutside" }]);
  await updateConferenceRow(deps.db, current.id, {
    lab_id: labId,
    title: d.title,
    description: d.description,
    venue: d.venue,
    time_zone: d.timeZone,
    starts_on: d.startsOn,
    ends_on: d.endsOn,
    registration_open: d.registrationOpen,
    updated_at: deps.clock.now(),
  });
  return loadConference(deps, current.id);
}

/** Upcoming (not yet ended, soonest first) and past (most recent first) conferences. */
export async function listConferences(deps: Deps, o: { networkId?: string } = {}) {
  const today = dayOf(deps.clock.now(), deps.config.timeZone);
  const all = (await allConferences(deps.db, o)).map(toConference);
  return {
    upcoming: all.filter((c) => c.endsOn >= today).reverse(),
    past: all.filter((c) => c.endsOn < today),
  };
}

/** The conferences tied to a lab, earliest first: for the lab's page (conferences are public). */
export async function conferencesOfLab(deps: Deps, labId: string): Promise<Conference[]> {
  if (!isUuid(labId)) return [];
  return (await allConferences(deps.db, { labId })).map(toConference).reverse();
}

/** Tracks, sessions (with their speakers and places taken) and speakers of a conference. */
export async function programmeOf(deps: Deps, conference: Conference): Promise<Programme> {
  const [tracks, sessions, speakers, links] = await Promise.all([
    tracksOf(deps.db, conference.id),
    sessionsOf(deps.db, conference.id),
    speakersOf(deps.db, conference.id),
    sessionSpeakerLinks(deps.db, conference.id),
  ]);
  const bySession = new Map<string, string[]>();
  for (const l of links) bySession.set(l.session_id, [...(bySession.get(l.session_id) ?? []), l.speaker_id]);
  return {
    conference,
    tracks: tracks.map((t) => ({
      id: t.id,
      conferenceId: t.conference_id,
      name: t.name,
      room: t.room,
      position: t.position,
    })),
    sessions: sessions.map((s) =>
      toSession(
        s as SessionRow & { taken: number | null; waiting: number | null },
        bySession.get(s.id) ?? [],
      ),
    ),
    speakers: speakers.map(toSpeaker),
  };
}

const toSession = (
  s: SessionRow & { taken: number | null; waiting: number | null },
  speakerIds: string[],
): Session => ({
  id: s.id,
  conferenceId: s.conference_id,
  trackId: s.track_id,
  title: s.title,
  description: s.description,
  startsAt: s.starts_at,
  endsAt: s.ends_at,
  capacity: s.capacity,
  speakerIds,
  taken: s.taken ?? 0,
  waiting: s.waiting ?? 0,
});

// Tracks -------------------------------------------------------------------------------------

export async function saveTrack(
  deps: Deps,
  caller: Caller | null,
  conference: Conference,
  input: unknown,
  trackId?: string,
): Promise<Track> {
  authorise(caller, conference.networkId);
  const d = parseOrInvalid(TrackInput, input, "form");
  const tracks = await tracksOf(deps.db, conference.id);
  if (trackId && !tracks.some((t) => t.id === trackId)) throw notFound();
  if (tracks.some((t) => t.id !== trackId && t.name.toLowerCase() === d.name.toLowerCase()))
    throw invalid([{ field: "name", message: "conferences.errors.trackTaken" }]);
  const id = trackId ?? newId();
  if (trackId) await updateTrackRow(deps.db, trackId, { name: d.name, room: d.room });
  else
    await insertTrack(deps.db, {
      id,
      conference_id: conference.id,
      name: d.name,
      room: d.room,
      position: tracks.length,
    });
  return { id, conferenceId: conference.id, name: d.name, room: d.room, position: tracks.length };
}

// Sessions -----------------------------------------------------------------------------------

export async function saveSession(
  deps: Deps,
  caller: Caller | null,
  conference: Conference,
  input: unknown,
  sessionId?: string,
): Promise<string> {
  authorise(caller, conference.networkId);
  const d = parseOrInvalid(SessionInput, input, "form");
  const p = await programmeOf(deps, conference);
  const current = sessionId ? p.sessions.find((s) => s.id === sessionId) : undefined;
  if (sessionId && !current) throw notFound();
  const errors: { field: string; message: string }[] = [];
  if (!p.tracks.some((t) => t.id === d.trackId))
    errors.push({ field: "trackId", message: "conferences.errors.track" });
  if (d.day < conference.startsOn || d.day > conference.endsOn)
    errors.push({ field: "day", message: "conferences.errors.dayOutside" });
  const known = new Set(p.speakers.map((s) => s.id));
  if (d.speakerIds.some((id) => !known.has(id)))
    errors.push({ field: "speakerIds", message: "conferences.errors.speaker" });
  if (current && d.capacity !== null && d.capacity < current.taken)
    errors.push({ field: "capacity", message: "conferences.errors.capacityBelow" });
  if (errors.length) throw invalid(errors);
  const startsAt = atWallClock(d.day, d.start, conference.timeZone);
  const endsAt = atWallClock(d.day, d.end, conference.timeZone);
  const id = sessionId ?? newId();
  await deps.db.transaction().execute(async (trx) => {
    // Editing locks the session like booking does, so the places counted here cannot change before
    // the new capacity is written; more places go to the waiting list, in order.
    const locked = sessionId ? await lockSession(trx, conference.id, sessionId) : undefined;
    if (locked && d.capacity !== null && d.capacity < (await countSessionPlaces(trx, locked.id)))
      throw invalid([{ field: "capacity", message: "conferences.errors.capacityBelow" }]);
    const row = {
      track_id: d.trackId,
      title: d.title,
      description: d.description,
      starts_at: startsAt,
      ends_at: endsAt,
      capacity: d.capacity,
    };
    if (sessionId) await updateSessionRow(trx, sessionId, row);
    else await insertSession(trx, { id, conference_id: conference.id, created_at: deps.clock.now(), ...row });
    await setSessionSpeakers(trx, id, d.speakerIds);
    if (!locked) return;
    const promoted = await fillFreePlaces(trx, { ...locked, capacity: d.capacity }, deps.clock.now());
    await placesGiven(deps, trx, conference.id, locked.id, promoted);
  });
  return id;
}

// Speakers -----------------------------------------------------------------------------------

export type PhotoUpload = { bytes: Uint8Array } | null;

/**
 * Adds or edits a speaker. A photo goes through the image pipeline (at most 5 MB; stored as a
 * metadata-free JPEG; refusals named) and needs a text alternative; it is stored before the row is
 * written and removed again if the write fails, so nothing is half-stored.
 */
export async function saveSpeaker(
  deps: Deps,
  caller: Caller | null,
  conference: Conference,
  input: unknown,
  photo: PhotoUpload,
  speakerId?: string,
): Promise<string> {
  authorise(caller, conference.networkId);
  const d = parseOrInvalid(SpeakerInput, input, "form");
  const speakers = await speakersOf(deps.db, conference.id);
  const current = speakerId ? speakers.find((s) => s.id === speakerId) : undefined;
  if (speakerId && !current) throw notFound();
  const hasPhoto = Boolean(photo) || Boolean(current?.photo_key);
  if (hasPhoto && !d.photoAlt) throw invalid([{ field: "photoAlt", message: "conferences.errors.photoAlt" }]);
  let stored: { key: string; type: string } | null = null;
  if (photo) {
    try {
      const image = await storeImage(deps.files, "conference-speakers", photo.bytes, {
        maxBytes: PHOTO_MAX_BYTES,
      });
      stored = { key: image.key, type: image.contentType };
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      throw invalid([{ field: "photo", message: err.message }]);
    }
  }
  const id = speakerId ?? newId();
  const fields = {
    name: d.name,
    role: d.role,
    affiliation: d.affiliation,
    bio: d.bio,
    photo_key: stored?.key ?? current?.photo_key ?? null,
    photo_type: stored?.type ?? current?.photo_type ?? null,
    photo_alt: hasPhoto ? d.photoAlt : null,
  };
  try {
    if (current) await updateSpeakerRow(deps.db, id, fields);
    else
      await insertSpeaker(deps.db, {
        id,
        conference_id: conference.id,
        created_at: deps.clock.now(),
        ...fields,
      });
  } catch (err) {
    if (stored) await deleteImage(deps.files, stored.key).catch(() => undefined);
    throw err;
  }
  if (stored && current?.photo_key) await deleteImage(deps.files, current.photo_key).catch(() => undefined);
  return id;
}

/**
 * A speaker's photo, for the public page, which shows it at 96 px: its 640 px thumbnail, or the
 * picture itself while the one-off re-processing has not yet made one.
 */
export async function speakerPhoto(deps: Deps, conference: Conference, speakerId: string) {
  if (!isUuid(speakerId)) throw notFound();
  const s = (await speakersOf(deps.db, conference.id)).find((x) => x.id === speakerId);
  if (!s?.photo_key) throw notFound();
  const file = (await deps.files.get(thumbnailKey(s.photo_key))) ?? (await deps.files.get(s.photo_key));
  if (!file) throw notFound();
  return file;
}

// Removing -------------------------------------------------------------------------------------

/**
 * Removes a session, a speaker or a track. What people rely on is kept: a session with booked
 * places, or a track that still has sessions, is refused with a clear message (409).
 */
export async function removeFromProgramme(
  deps: Deps,
  caller: Caller | null,
  conference: Conference,
  what: "session" | "speaker" | "track",
  id: string,
): Promise<void> {
  authorise(caller, conference.networkId);
  if (!isUuid(id)) throw notFound();
  const p = await programmeOf(deps, conference);
  if (what === "session") {
    const s = p.sessions.find((x) => x.id === id);
    if (!s) throw notFound();
    if (s.taken > 0 || s.waiting > 0)
      throw conflict("conferences.errors.sessionHasBookings", "session-has-bookings");
    await deleteRow(deps.db, "conference_sessions", conference.id, id);
  } else if (what === "track") {
    if (!p.tracks.some((x) => x.id === id)) throw notFound();
    if (p.sessions.some((x) => x.trackId === id))
      throw conflict("conferences.errors.trackHasSessions", "track-has-sessions");
    await deleteRow(deps.db, "conference_tracks", conference.id, id);
  } else {
    const s = p.speakers.find((x) => x.id === id);
    if (!s) throw notFound();
    await deleteRow(deps.db, "conference_speakers", conference.id, id);
    if (s.photo) await deleteImage(deps.files, s.photo.key).catch(() => undefined);
  }
}
