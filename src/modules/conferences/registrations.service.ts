// Public registration without an account: name + email, confirmed through a mailed link (the GET
// shows a button, the POST confirms, so mail scanners that open links confirm nothing); places in
// sessions with limited capacity (the session row is locked while its places are counted, so two
// people can never take the last place twice), with a waiting list when they are taken (waitlist.ts);
// check-in by code; certificates for those who came.
// Each step emits its event in the transaction of its change; the handlers mail the registrant once
// it has committed (events.handlers.ts), so no request waits for the mail server.
import { type Actor, actorOf, type Caller } from "../../platform/auth/index.ts";
import {
  newCertificateCode,
  newCheckInCode,
  normaliseCertificateCode,
  normaliseCheckInCode,
} from "../../platform/codes.ts";
import { seal } from "../../platform/crypto/sealed.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, conflict, invalid, notFound, parseOrInvalid } from "../../platform/errors.ts";
import { emit } from "../../platform/events.ts";
import { hashToken, isUuid, newId, newToken } from "../../platform/ids.ts";
import { hitLimit } from "../../platform/rate-limit.ts";
import { audit } from "../identity/index.ts";
import { accessToken } from "./access.ts";
import { certificateOffered, checkInOpen } from "./attendance.ts";
import { loadConference, programmeOf } from "./conferences.service.ts";
import { can } from "./policy.ts";
import { toRegistration } from "./read.ts";
import {
  checkInByCode,
  confirmByHash,
  countSessionPlaces,
  deleteSessionPlace,
  insertRegistration,
  insertSessionPlace,
  lockSession,
  placeOf,
  registrationBy,
  registrationByCode,
  registrationByEmail,
  registrationsOf,
  sessionIdsOf,
  setConfirmLink,
  waitlistOf,
} from "./registrations.repo.ts";
import { OverrideReason, RegistrationInput } from "./schema.ts";
import "./events.handlers.ts";
import type { Conference, Registration } from "./types.ts";
import { fillFreePlaces, placesGiven } from "./waitlist.ts";
import { dayOf } from "./when.ts";

export const CONFIRM_TTL_MS = 48 * 3_600_000;

export { accessToken };

type Lang = "it" | "en";

export type { toRegistration };

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
    deps,
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
 * fresh link and the same answer as a new registration. Someone already confirmed gets the same
 * answer too ("check your mail"; 202 in the API), nothing is stored, and the mail says they are
 * already registered, with the link to their registration (issue 11, item 15): the answer must not
 * tell whoever typed an address whether it is registered. Only the address's owner learns that,
 * in their mailbox, bounded by the rate limits per client and per address.
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
    const perIp = await hitLimit(deps, `conference-registration:ip:${ip}`, deps.limits.signUpPerIp);
    if (!perIp.allowed) throw new MailLimitError(perIp.retryAfterSeconds);
  }
  await spendMailLimit(deps, "registration", emailKey);
  const now = deps.clock.now();
  const existing = await registrationByEmail(deps.db, conference.id, emailKey);
  const ids = { conferenceId: conference.id, registrationId: existing?.id ?? newId() };
  if (existing?.status === "confirmed") {
    // Nothing changes; the event's handler mails them that they are registered already.
    await deps.db.transaction().execute((trx) => emit(deps, trx, "conferences.registration.repeated", ids));
    return;
  }
  const token = newToken();
  const expires = new Date(now.getTime() + CONFIRM_TTL_MS);
  const requested = (trx: Db) =>
    emit(deps, trx, "conferences.registration.requested", {
      ...ids,
      token: seal(deps.config, "event", token),
    });
  if (existing) {
    await deps.db.transaction().execute(async (trx) => {
      await setConfirmLink(trx, existing.id, hashToken(token), expires, name, language);
      await requested(trx);
    });
  } else {
    const id = ids.registrationId;
    try {
      await deps.db.transaction().execute(async (trx) => {
        await insertRegistration(trx, {
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
        await requested(trx);
      });
    } catch (err) {
      // Two submissions of the same address at once: the other one won, and mailed its link.
      if (/unique|duplicate/i.test(String((err as Error).message))) return;
      throw err;
    }
  }
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
  const row = await deps.db.transaction().execute(async (trx) => {
    const confirmed = await confirmByHash(trx, hashToken(token), deps.clock.now());
    if (confirmed)
      await emit(deps, trx, "conferences.registration.confirmed", {
        conferenceId: confirmed.conference_id,
        registrationId: confirmed.id,
      });
    return confirmed;
  });
  if (!row) return { ok: false, problem: "invalid" };
  const registration = toRegistration(row);
  const access = accessToken(deps, row.id);
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
  if (!isUuid(sessionId)) throw notFound();
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
  if (!isUuid(sessionId)) throw notFound();
  const done = await deps.db.transaction().execute(async (trx) => {
    const session = await lockSession(trx, registration.conferenceId, sessionId);
    if (!session) throw notFound();
    const left = (await deleteSessionPlace(trx, sessionId, registration.id)) ?? null;
    const promoted = left === "confirmed" ? await fillFreePlaces(trx, session, deps.clock.now()) : [];
    await placesGiven(deps, trx, registration.conferenceId, session.id, promoted);
    return { left, promoted };
  });
  return { left: done.left, promoted: done.promoted };
}

/** Everyone registered for a conference, for its coordinators (attendance list). */
export async function attendanceList(deps: Deps, actor: Actor | null, conference: Conference) {
  if (!can(actor, "manage", conference)) throw notFound();
  return (await registrationsOf(deps.db, conference.id)).map((r) => toRegistration(r));
}

export type CheckInResult = { registration: Registration; already: boolean };

/**
 * Checks a confirmed person in by their code; gives the certificate's verification code and mails
 * the link to the certificate. Checking in twice keeps the first time and sends nothing again.
 * Check-in opens on the conference's first day in its zone (attendance.ts); before it, staff may
 * still check someone in by giving a reason, which goes to the audit log with the check-in.
 */
export async function checkIn(
  deps: Deps,
  caller: Caller | null,
  conference: Conference,
  code: string,
  o: { overrideReason?: string } = {},
): Promise<CheckInResult> {
  if (!can(caller, "manage", conference)) throw notFound();
  const by = actorOf(caller)?.id ?? null;
  const normal = normaliseCheckInCode(code);
  if (!/^[0-9A-Z]{8}$/.test(normal)) throw invalid([{ field: "code", message: "conferences.errors.code" }]);
  const now = deps.clock.now();
  const early = !checkInOpen(conference, now);
  let reason: string | null = null;
  if (early) {
    if (!o.overrideReason?.trim())
      throw invalid([{ field: "code", message: "conferences.errors.checkInNotYet" }]);
    reason = parseOrInvalid(OverrideReason, o.overrideReason, "reason");
  }
  const before = await registrationByCode(deps.db, conference.id, normal);
  if (!before) throw invalid([{ field: "code", message: "conferences.errors.unknownCode" }]);
  if (before.status === "cancelled")
    throw invalid([{ field: "code", message: "conferences.errors.codeCancelled" }]);
  if (before.status !== "confirmed")
    throw invalid([{ field: "code", message: "conferences.errors.codeNotConfirmed" }]);
  const already = before.checked_in_at !== null;
  const row = await deps.db.transaction().execute(async (trx) => {
    const done = await checkInByCode(trx, conference.id, normal, by, now, newCertificateCode());
    if (!done || already) return done;
    await emit(deps, trx, "conferences.registration.checked-in", {
      conferenceId: conference.id,
      registrationId: done.id,
    });
    if (reason !== null)
      await audit(trx, {
        actorId: by,
        action: "conference.check-in-override",
        networkId: conference.networkId,
        subjectId: null,
        // `title` is what the audit page shows; the reason and the person are kept for the record.
        details: { title: conference.title, conferenceId: conference.id, registrationId: done.id, reason },
        at: now,
      });
    return done;
  });
  if (!row) throw invalid([{ field: "code", message: "conferences.errors.unknownCode" }]);
  return { registration: toRegistration(row), already };
}

/** Mails the certificate (PDF attached) again, at most a few times an hour per address. */
export async function emailCertificate(deps: Deps, conference: Conference, registration: Registration) {
  if (!certificateOffered(conference, registration, deps.clock.now())) throw notFound();
  await spendMailLimit(deps, "certificate", registration.email);
  // The PDF is made and mailed by the event's handler, off the request.
  await deps.db.transaction().execute((trx) =>
    emit(deps, trx, "conferences.certificate.requested", {
      conferenceId: conference.id,
      registrationId: registration.id,
    }),
  );
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
