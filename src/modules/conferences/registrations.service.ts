// Public registration without an account: name + email, confirmed through a mailed link (the GET
// shows a button, the POST confirms, so mail scanners that open links confirm nothing); places in
// sessions with limited capacity (the session row is locked while its places are counted, so two
// people can never take the last place twice), with a waiting list when they are taken (waitlist.ts);
// check-in by code; certificates for those who came.
// Mails are sent after the write has committed; a mail server that fails is logged, not shown.
import { AppError, conflict, invalid, notFound } from "../../platform/errors.ts";
import type { Deps } from "../../platform/http/context.ts";
import { hashToken, newId, newToken } from "../../platform/ids.ts";
import { hitLimit } from "../../platform/rate-limit.ts";
import type { Actor } from "../identity/index.ts";
import { accessToken } from "./access.ts";
import {
  newCertificateCode,
  newCheckInCode,
  normaliseCertificateCode,
  normaliseCheckInCode,
} from "./codes.ts";
import { loadConference, programmeOf } from "./conferences.service.ts";
import { sendAttendanceMail, sendCertificateMail, sendConfirmLinkMail, sendRegisteredMail } from "./mails.ts";
import { type Caller, canManageConferences, SYSTEM } from "./policy.ts";
import {
  checkInByCode,
  confirmByHash,
  countSessionPlaces,
  deleteSessionPlace,
  insertRegistration,
  insertSessionPlace,
  lockSession,
  placeOf,
  type RegistrationRow,
  registrationBy,
  registrationByCode,
  registrationByEmail,
  registrationsOf,
  sessionIdsOf,
  setConfirmLink,
  waitlistOf,
} from "./registrations.repo.ts";
import { RegistrationInput } from "./schema.ts";
import type { Conference, Registration } from "./types.ts";
import { fillFreePlaces, mailPromoted } from "./waitlist.ts";
import { dayOf } from "./when.ts";

export const CONFIRM_TTL_MS = 48 * 3_600_000;

export { accessToken };

type Lang = "it" | "en";

export const toRegistration = (r: RegistrationRow, sessionIds: string[] = []): Registration => ({
  id: r.id,
  conferenceId: r.conference_id,
  name: r.name,
  email: r.email,
  language: r.language,
  status: r.status,
  code: r.code,
  confirmedAt: r.confirmed_at,
  checkedInAt: r.checked_in_at,
  certificateCode: r.certificate_code,
  sessionIds,
  waitlisted: [],
});

/** Too many mails to one address: the message is a catalogue key, with the wait in minutes. */
export class MailLimitError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, "rate-limited", "conferences.errors.rateLimited", [], {
      "Retry-After": String(retryAfterSeconds),
    });
  }
}

async function spendMailLimit(deps: Deps, what: string, email: string) {
  const limit = await hitLimit(
    deps.db,
    deps.clock,
    `conference-${what}:${email.trim().toLowerCase()}`,
    deps.limits.emailLinksPerAddress,
  );
  if (!limit.allowed) throw new MailLimitError(limit.retryAfterSeconds);
}

/** Registration is open until the conference's last day is over, unless the coordinators closed it. */
export function registrationOpen(deps: Deps, c: Conference): boolean {
  return c.registrationOpen && dayOf(deps.clock.now(), c.timeZone) <= c.endsOn;
}

/**
 * Registers `name` + `email` (pending) and mails a confirmation link. Someone still pending gets a
 * fresh link and the same answer as a new registration. Someone already confirmed is a 409 (issue
 * 4: registering twice is refused, nothing is stored), but the mail with the link to their
 * registration goes to the address, never to the page: whoever typed someone else's address learns
 * only that it is registered (what any "address already in use" form says), bounded by the rate
 * limits per client and per address, and the owner can always get back to their registration.
 */
export async function register(
  deps: Deps,
  conference: Conference,
  input: unknown,
  language: Lang,
  ip?: string,
): Promise<void> {
  if (!registrationOpen(deps, conference)) throw conflict("conferences.errors.closed", "registration-closed");
  const r = RegistrationInput.safeParse(input);
  if (!r.success)
    throw invalid(
      r.error.issues.map((i) => ({ field: i.path.map(String).join(".") || "form", message: i.message })),
    );
  const { name, email } = r.data;
  const emailKey = email.toLowerCase();
  // Registration needs no account: limit it per address and per client, like signing up.
  if (ip) {
    const perIp = await hitLimit(
      deps.db,
      deps.clock,
      `conference-registration:ip:${ip}`,
      deps.limits.signUpPerIp,
    );
    if (!perIp.allowed) throw new MailLimitError(perIp.retryAfterSeconds);
  }
  await spendMailLimit(deps, "registration", emailKey);
  const now = deps.clock.now();
  const existing = await registrationByEmail(deps.db, conference.id, emailKey);
  if (existing?.status === "confirmed") {
    await sendRegisteredMail(deps, conference, toRegistration(existing), accessToken(deps, existing.id));
    throw conflict("conferences.errors.alreadyRegistered", "already-registered");
  }
  const token = newToken();
  const expires = new Date(now.getTime() + CONFIRM_TTL_MS);
  if (existing) {
    await setConfirmLink(deps.db, existing.id, hashToken(token), expires, name, language);
  } else {
    const id = newId();
    try {
      await insertRegistration(deps.db, {
        id,
        conference_id: conference.id,
        name,
        email,
        email_key: emailKey,
        language,
        status: "pending",
        confirm_hash: hashToken(token),
        confirm_expires_at: expires,
        // The page opens only once the registration is confirmed.
        access_hash: hashToken(accessToken(deps, id)),
        code: newCheckInCode(),
        created_at: now,
      });
    } catch (err) {
      // Two submissions of the same address at once: the other one won, and mailed its link.
      if (/unique|duplicate/i.test(String((err as Error).message))) return;
      throw err;
    }
  }
  await sendConfirmLinkMail(deps, conference, { name, email, language }, token);
}

export type LinkState =
  | { ok: true; registration: Registration; conference: Conference }
  | { ok: false; problem: "invalid" | "expired" };

/** Whether a confirmation link could be used now, without using it (what opening the mail does). */
export async function checkConfirmLink(deps: Deps, token: string): Promise<LinkState> {
  if (!token || token.length > 200) return { ok: false, problem: "invalid" };
  const row = await registrationBy(deps.db, { confirmHash: hashToken(token) });
  if (row?.status !== "pending") return { ok: false, problem: "invalid" };
  if (!row.confirm_expires_at || row.confirm_expires_at <= deps.clock.now())
    return { ok: false, problem: "expired" };
  return {
    ok: true,
    registration: toRegistration(row),
    conference: await loadConference(deps, row.conference_id),
  };
}

/** Uses a confirmation link once; answers with the secret link to the registration page. */
export async function confirmRegistration(
  deps: Deps,
  token: string,
): Promise<
  | { ok: true; conference: Conference; registration: Registration; access: string }
  | { ok: false; problem: "invalid" | "expired" }
> {
  const state = await checkConfirmLink(deps, token);
  if (!state.ok) return state;
  const row = await confirmByHash(deps.db, hashToken(token), deps.clock.now());
  if (!row) return { ok: false, problem: "invalid" };
  const registration = toRegistration(row);
  const access = accessToken(deps, row.id);
  await sendRegisteredMail(deps, state.conference, registration, access);
  return { ok: true, conference: state.conference, registration, access };
}

/** The registration a secret link opens, with its conference; 404 when the link is unknown. */
export async function registrationByAccess(deps: Deps, slug: string, access: string) {
  if (!access || access.length > 200) throw notFound();
  const row = await registrationBy(deps.db, { accessHash: hashToken(access) });
  if (row?.status !== "confirmed") throw notFound();
  const conference = await loadConference(deps, row.conference_id);
  if (conference.slug !== slug) throw notFound();
  const [sessionIds, waiting] = await Promise.all([
    sessionIdsOf(deps.db, row.id),
    waitlistOf(deps.db, row.id),
  ]);
  const registration = toRegistration(row, sessionIds);
  registration.waitlisted = waiting.map((w) => ({ sessionId: w.session_id, position: w.position ?? 1 }));
  return { conference, registration };
}

/** A session id from a form: anything but a UUID is an unknown session (a 404, never a 500). */
const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type JoinResult = { status: "confirmed" } | { status: "waitlisted"; position: number };

/**
 * Takes a place in a session with limited capacity, or, when the places are taken, a place at the
 * end of its waiting list. The session's row is locked for the transaction, so concurrent requests
 * count and insert one after the other: never more people than places. A place (or a place in the
 * queue) already held is a 409 with a clear message.
 */
export async function joinSession(
  deps: Deps,
  registration: Registration,
  sessionId: string,
): Promise<JoinResult> {
  if (registration.status !== "confirmed") throw conflict("conferences.errors.notConfirmed", "not-confirmed");
  if (!SESSION_ID.test(sessionId)) throw notFound();
  return deps.db.transaction().execute(async (trx): Promise<JoinResult> => {
    const session = await lockSession(trx, registration.conferenceId, sessionId);
    if (!session) throw notFound();
    if (session.capacity === null) throw conflict("conferences.errors.noPlaces", "no-registration-needed");
    if (session.starts_at <= deps.clock.now())
      throw conflict("conferences.errors.sessionStarted", "session-started");
    const held = await placeOf(trx, sessionId, registration.id);
    if (held === "confirmed") throw conflict("conferences.errors.alreadyBooked", "already-booked");
    if (held === "waitlisted") throw conflict("conferences.errors.alreadyWaiting", "already-waitlisted");
    const taken = await countSessionPlaces(trx, sessionId);
    if (taken < session.capacity) {
      await insertSessionPlace(trx, sessionId, registration.id, deps.clock.now());
      return { status: "confirmed" };
    }
    await insertSessionPlace(trx, sessionId, registration.id, deps.clock.now(), "waitlisted");
    const position = (await waitlistOf(trx, registration.id)).find(
      (w) => w.session_id === sessionId,
    )?.position;
    return { status: "waitlisted", position: position ?? 1 };
  });
}

/**
 * Gives up a place, or a place on the waiting list. A freed place goes, in the same transaction
 * (under the session's lock), to the first person waiting, who is mailed once it has committed.
 * Answers what was given up (nothing: the person held neither).
 */
export async function leaveSession(
  deps: Deps,
  registration: Registration,
  sessionId: string,
): Promise<{ left: "confirmed" | "waitlisted" | null; promoted: string[] }> {
  if (!SESSION_ID.test(sessionId)) throw notFound();
  const done = await deps.db.transaction().execute(async (trx) => {
    const session = await lockSession(trx, registration.conferenceId, sessionId);
    if (!session) throw notFound();
    const left = (await deleteSessionPlace(trx, sessionId, registration.id)) ?? null;
    const promoted = left === "confirmed" ? await fillFreePlaces(trx, session, deps.clock.now()) : [];
    return { left, promoted, title: session.title };
  });
  if (done.promoted.length)
    await mailPromoted(
      deps,
      await loadConference(deps, registration.conferenceId),
      done.title,
      done.promoted,
    );
  return { left: done.left, promoted: done.promoted };
}

/** Everyone registered for a conference, for its coordinators (attendance list). */
export async function attendanceList(deps: Deps, actor: Actor | null, conference: Conference) {
  if (!canManageConferences(actor, conference.networkId)) throw notFound();
  return (await registrationsOf(deps.db, conference.id)).map((r) => toRegistration(r));
}

export type CheckInResult = { registration: Registration; already: boolean };

/**
 * Checks a confirmed person in by their code; gives the certificate's verification code and mails
 * the link to the certificate. Checking in twice keeps the first time and sends nothing again.
 */
export async function checkIn(
  deps: Deps,
  caller: Caller | null,
  conference: Conference,
  code: string,
): Promise<CheckInResult> {
  if (caller !== SYSTEM && !canManageConferences(caller, conference.networkId)) throw notFound();
  const by = caller === SYSTEM ? null : (caller?.id ?? null);
  const normal = normaliseCheckInCode(code);
  if (!/^[0-9A-Z]{8}$/.test(normal)) throw invalid([{ field: "code", message: "conferences.errors.code" }]);
  const before = await registrationByCode(deps.db, conference.id, normal);
  if (!before) throw invalid([{ field: "code", message: "conferences.errors.unknownCode" }]);
  if (before.status !== "confirmed")
    throw invalid([{ field: "code", message: "conferences.errors.codeNotConfirmed" }]);
  const row = await checkInByCode(deps.db, conference.id, normal, by, deps.clock.now(), newCertificateCode());
  if (!row) throw invalid([{ field: "code", message: "conferences.errors.unknownCode" }]);
  const already = before.checked_in_at !== null;
  const registration = toRegistration(row);
  if (!already) {
    await sendAttendanceMail(deps, conference, registration, accessToken(deps, row.id));
  }
  return { registration, already };
}

/** Mails the certificate (PDF attached) again, at most a few times an hour per address. */
export async function emailCertificate(
  deps: Deps,
  conference: Conference,
  registration: Registration,
  access: string,
) {
  if (!registration.checkedInAt || !registration.certificateCode) throw notFound();
  await spendMailLimit(deps, "certificate", registration.email);
  await sendCertificateMail(deps, conference, registration, access);
}

/** What the public verification page shows for a code, or null when no certificate has it. */
export async function verifyCertificate(deps: Deps, code: string) {
  const normal = normaliseCertificateCode(code);
  if (!normal) return null;
  const row = await registrationBy(deps.db, { certificateCode: normal });
  if (!row?.checked_in_at) return null;
  const conference = await loadConference(deps, row.conference_id);
  return { name: row.name, conference, code: normal, checkedInAt: row.checked_in_at };
}

/** Sessions of the conference the registration holds places in, for pages and the certificate. */
export async function sessionsOfRegistration(deps: Deps, conference: Conference, registration: Registration) {
  const p = await programmeOf(deps, conference);
  return p.sessions.filter((s) => registration.sessionIds.includes(s.id));
}
