// Factories for conferences: a valid three-day conference starting 10 days after the clock's now
// (unless overridden) with two tracks, three speakers and sessions (one with 2 places), written
// through the conference services as a trusted internal caller (SYSTEM); and a confirmed
// registration made through the real register → mailed link → confirm path.

import {
  type Conference,
  checkIn,
  confirmRegistration,
  createConference,
  register,
  saveSession,
  saveSpeaker,
  saveTrack,
} from "../../src/modules/conferences/index.ts";
import { SYSTEM } from "../../src/platform/auth/index.ts";
import { mailsTo } from "./labs.ts";
import type { TestRuntime } from "./runtime.ts";

let seq = 0;

const dayAfter = (t: TestRuntime, days: number) =>
  new Date(t.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

export async function buildConference(
  t: TestRuntime,
  networkId: string,
  o: Partial<{
    title: string;
    startsOn: string;
    endsOn: string;
    timeZone: string;
    venue: string;
    lab: string;
  }> = {},
): Promise<Conference> {
  return createConference(t.deps, SYSTEM, networkId, {
    title: o.title ?? `Conferenza di prova ${++seq}`,
    description: "Tre giorni di incontri.",
    venue: o.venue ?? "Palazzo Tursi, Genova",
    timeZone: o.timeZone ?? "Europe/Rome",
    startsOn: o.startsOn ?? dayAfter(t, 10),
    endsOn: o.endsOn ?? dayAfter(t, 12),
    lab: o.lab ?? "",
    registrationOpen: true,
  });
}

/** Two tracks, three speakers, four sessions over the first two days; "Workshop" has 2 places. */
export async function buildProgramme(t: TestRuntime, conf: Conference) {
  const plenary = await saveTrack(t.deps, SYSTEM, conf, { name: "Plenaria", room: "Salone" });
  const workshops = await saveTrack(t.deps, SYSTEM, conf, { name: "Laboratori", room: "Sala B" });
  const anna = await saveSpeaker(
    t.deps,
    SYSTEM,
    conf,
    { name: "Anna Marino", role: "Coordinatrice", affiliation: "Comune di Genova", bio: "Guida la rete." },
    null,
  );
  const mikko = await saveSpeaker(
    t.deps,
    SYSTEM,
    conf,
    { name: "Mikko Virtanen", role: "Digital lead", affiliation: "City of Helsinki" },
    null,
  );
  const ada = await saveSpeaker(t.deps, SYSTEM, conf, { name: "Ada Rossi", affiliation: "MuMa" }, null);
  const d1 = conf.startsOn;
  const d2 = dayAfterDay(conf.startsOn, 1);
  const opening = await saveSession(t.deps, SYSTEM, conf, {
    title: "Apertura",
    trackId: plenary.id,
    day: d1,
    start: "09:30",
    end: "10:30",
    speakerIds: [anna],
  });
  const workshop = await saveSession(t.deps, SYSTEM, conf, {
    title: "Workshop",
    trackId: workshops.id,
    day: d1,
    start: "11:00",
    end: "12:30",
    capacity: 2,
    speakerIds: [mikko],
  });
  const parallel = await saveSession(t.deps, SYSTEM, conf, {
    title: "Tavola rotonda",
    trackId: plenary.id,
    day: d1,
    start: "11:00",
    end: "12:30",
    speakerIds: [anna, ada],
  });
  const visit = await saveSession(t.deps, SYSTEM, conf, {
    title: "Visita al MuMa",
    trackId: workshops.id,
    day: d2,
    start: "09:00",
    end: "12:00",
    capacity: 20,
    speakerIds: [ada],
  });
  return {
    tracks: { plenary, workshops },
    speakers: { anna, mikko, ada },
    sessions: { opening, workshop, parallel, visit },
  };
}

const dayAfterDay = (day: string, n: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Registers `email` and confirms it with the token from the mail it got (DATA_DIR/mail, no SMTP in
 * the plain runtime); returns the secret access token of the registration page and the registration.
 */
export async function confirmedRegistration(
  t: TestRuntime,
  conf: Conference,
  email: string,
  name = "Persona Iscritta",
) {
  await register(t.deps, conf, { name, email }, "it");
  const mails = await mailsTo(t, email);
  const text = String(mails.at(-1)?.text ?? "");
  const token = /\/conferences\/registrations\/confirm\?token=([\w-]+)/.exec(text)?.[1];
  if (!token) throw new Error(`No confirmation link mailed to ${email}:\n${text}`);
  const res = await confirmRegistration(t.deps, token);
  if (!res.ok) throw new Error(`Confirmation failed: ${res.problem}`);
  return { access: res.access, registration: res.registration };
}

/**
 * What the authorisation matrix and page tests need: a conference with its programme, a speaker
 * with a photo, and a confirmed, checked-in registration (its secret link and certificate code).
 */
export async function conferenceFixtures(t: TestRuntime, networkId: string, png: Uint8Array) {
  // It begins today in its zone: check-in opens on a conference's first day (issue 16).
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(t.clock.now());
  const conf = await buildConference(t, networkId, {
    title: "Conferenza della matrice",
    startsOn: today,
    endsOn: dayAfterDay(today, 2),
  });
  const prog = await buildProgramme(t, conf);
  const photoSpeakerId = await saveSpeaker(
    t.deps,
    SYSTEM,
    conf,
    { name: "Relatrice con foto", photoAlt: "Ritratto della relatrice" },
    { bytes: png },
  );
  const { access, registration } = await confirmedRegistration(t, conf, `matrice.${Date.now()}@example.org`);
  const { registration: present } = await checkIn(t.deps, SYSTEM, conf, registration.code);
  return {
    confId: conf.id,
    confSlug: conf.slug,
    confTrackId: prog.tracks.plenary.id,
    confSessionId: prog.sessions.workshop,
    confSpeakerId: photoSpeakerId,
    confAccess: access,
    certificateCode: present.certificateCode!,
  };
}
