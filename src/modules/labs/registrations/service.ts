// Registering for a meeting and cancelling. Correct under concurrency: each change runs in one
// transaction that first locks the meeting row (`select … for update`), so counting the confirmed
// places and inserting cannot interleave between two people; every query inside uses that
// transaction (a second pool connection would hang on the embedded database, STACK-NOTES).
// The mails leave from event handlers once the change has committed (events.handlers.ts).

import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { AppError, invalid, notFound } from "../../../platform/errors.ts";
import { emit } from "../../../platform/events.ts";
import { newId, randomPooled } from "../../../platform/ids.ts";
// Looking a person up by email and loading their memberships: identity's own functions (its index
// does not export them yet), as meetings/calendar.service.ts does for the personal feed.
import { accountByEmail, loadActor } from "../../identity/index.ts";
import type { Lab, Meeting, Question } from "../labs.types.ts";
import { findMeetingById, lockMeeting, type MeetingRow } from "../meetings/repo.ts";
import { getMeeting } from "../meetings/service.ts";
import { canManageLab, canRegisterFor, canSeeMeeting } from "../policy.ts";
import type { RegistrationStatus } from "../tables.ts";
import { registerInBatch } from "./batch.ts";
import {
  firstWaitlisted,
  liveRegistration,
  type RegistrationRow,
  recountConfirmed,
  setRegistrationStatus,
} from "./repo.ts";
import "../events.handlers.ts";

/** Why a registration was refused: `code` is stable (API), `key` the page's message. */
export class RegistrationError extends AppError {
  constructor(
    status: number,
    code: string,
    readonly key: string,
    detail: string,
  ) {
    super(status, code, detail);
  }
}

const refuse = {
  already: () =>
    new RegistrationError(
      409,
      "already-registered",
      "labs.reg.already",
      "You are already registered for this meeting.",
    ),
  full: () =>
    new RegistrationError(
      409,
      "meeting-full",
      "labs.reg.full",
      "The meeting is full and has no waiting list.",
    ),
  notRegistered: () =>
    new RegistrationError(
      404,
      "not-registered",
      "labs.reg.notRegistered",
      "You are not registered for this meeting.",
    ),
  paOnly: () =>
    new RegistrationError(
      403,
      "registration-reserved-to-pa",
      "labs.reg.paOnly",
      "Registration for this meeting is reserved to members of the network's public administrations.",
    ),
  unverified: () =>
    new RegistrationError(
      403,
      "email-not-verified",
      "labs.reg.unverified",
      "Verify your email address to register.",
    ),
};

/** Why registering is not possible now (null: it is), from the meeting and the clock alone. */
export function registrationBlock(
  m: Pick<MeetingRow, "status" | "starts_at" | "registration_opens_at" | "registration_closes_at">,
  now: Date,
): BlockKey | null {
  if (m.status === "cancelled") return "labs.reg.meetingCancelled";
  if (m.status === "closed" || m.starts_at <= now) return "labs.reg.past";
  if (m.registration_opens_at && now < m.registration_opens_at) return "labs.reg.notYetOpen";
  if (m.registration_closes_at && now >= m.registration_closes_at) return "labs.reg.windowClosed";
  return null;
}

/**
 * The API's words for each reason (the page shows the message key in the reader's language). The
 * code stays `registration-closed` for all of them, as the OpenAPI document has always said; the
 * detail tells a client which one it met, with the instant when it is a matter of waiting.
 */
const closedDetail = {
  "labs.reg.meetingCancelled": () => "The meeting was cancelled: registration is not possible.",
  "labs.reg.past": () => "The meeting has already started or taken place: registration is not possible.",
  "labs.reg.notYetOpen": (at: Date | null) => `Registration for this meeting opens at ${at?.toISOString()}.`,
  "labs.reg.windowClosed": (at: Date | null) =>
    `Registration for this meeting closed at ${at?.toISOString()}.`,
  "labs.reg.closed": () => "Registration for this meeting is not open.",
} as const;
export type BlockKey = keyof typeof closedDetail;

function closedError(
  key: BlockKey,
  m: Partial<Pick<MeetingRow, "registration_opens_at" | "registration_closes_at">> = {},
) {
  const at = key === "labs.reg.notYetOpen" ? m.registration_opens_at : m.registration_closes_at;
  return new RegistrationError(409, "registration-closed", key, closedDetail[key](at ?? null));
}

const newCode = () =>
  randomPooled(6)
    .toString("base64url")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "X");

/** Answers to the meeting's questions, checked: `q_<id>` field errors (422) for missing or too long. */
function checkedAnswers(
  questions: Question[],
  answers: Record<string, string>,
  requireAnswers: boolean,
): { questionId: string; answer: string }[] {
  const errors: { field: string; message: string }[] = [];
  const out: { questionId: string; answer: string }[] = [];
  for (const q of questions) {
    const a = (answers[q.id] ?? "").trim();
    if (a.length > 2000) errors.push({ field: `q_${q.id}`, message: "labs.errors.answerTooLong" });
    else if (!a && q.required && requireAnswers)
      errors.push({ field: `q_${q.id}`, message: "labs.errors.answerRequired" });
    else if (a) out.push({ questionId: q.id, answer: a });
  }
  if (errors.length) throw invalid(errors);
  return out;
}

/**
 * Registers an account in one transaction that locks the meeting row: confirmed while places remain,
 * else waitlisted (or refused without a waiting list). The answers are stored with it. No visibility
 * or permission check: for the functions below and for trusted callers (demo data).
 */
export async function registerAccount(
  deps: Deps,
  o: {
    meetingId: string;
    accountId: string;
    registeredBy: string | null;
    answers: { questionId: string; answer: string }[];
    /** False for demo data: no confirmation mail. */
    mail?: boolean;
    /** What the caller already read of the meeting (for the window check; the statement re-checks the status). */
    known?: Pick<
      MeetingRow,
      "id" | "status" | "starts_at" | "registration_opens_at" | "registration_closes_at"
    >;
  },
): Promise<{ status: RegistrationStatus; code: string }> {
  const now = deps.clock.now();
  const id = newId();
  const m =
    o.known ??
    (await findMeetingById(deps.db, o.meetingId)) ??
    (() => {
      throw notFound();
    })();
  const block = registrationBlock(m, now);
  if (block) throw closedError(block, m);
  // Written with whoever else registers for this meeting at the same moment (registrations/batch.ts);
  // the confirmation mail is queued before this returns.
  const code = newCode();
  const outcome = await registerInBatch(
    deps,
    m.id,
    { id, accountId: o.accountId, code, registeredBy: o.registeredBy, answers: o.answers },
    o.mail !== false,
  );
  if (outcome === "already") throw refuse.already();
  if (outcome === "full") throw refuse.full();
  if (outcome === "closed") throw closedError("labs.reg.closed");
  return { status: outcome, code };
}

/** Registers the actor, with answers to the meeting's questions (`answers`: question id → text). */
export async function register(
  deps: Deps,
  actor: Actor | null,
  meetingId: string,
  answers: Record<string, string> = {},
  /** The meeting and its lab as `actor` sees them, when the caller has just loaded them (the page's route). */
  seen?: { lab: Lab; meeting: Meeting },
): Promise<{ status: RegistrationStatus; code: string }> {
  if (!actor) throw notFound();
  const { lab, meeting } =
    seen?.meeting.id === meetingId ? seen : await getMeeting(deps, actor, { id: meetingId }); // 404 when not visible
  // Seen but reserved to public administrations (decision 0052): refused before anything is stored.
  if (!canRegisterFor(actor, lab, meeting)) throw refuse.paOnly();
  if (!actor.emailVerified) throw refuse.unverified();
  return registerAccount(deps, {
    meetingId,
    accountId: actor.id,
    registeredBy: null,
    answers: checkedAnswers(meeting.questions, answers, true),
    known: {
      id: meeting.id,
      status: meeting.status,
      starts_at: meeting.startsAt,
      registration_opens_at: meeting.registrationOpensAt,
      registration_closes_at: meeting.registrationClosesAt,
    },
  });
}

/**
 * A lab's manager registers someone else, named by the email of their account. The person must be
 * able to see the meeting (422 on `email` otherwise); required questions may stay unanswered.
 */
export async function registerOnBehalf(
  deps: Deps,
  actor: Actor | null,
  meetingId: string,
  input: { email: string; answers?: Record<string, string> },
): Promise<{ status: RegistrationStatus; code: string; name: string }> {
  const { lab, meeting } = await getMeeting(deps, actor, { id: meetingId });
  if (!actor || !canManageLab(actor, lab)) throw notFound();
  const email = input.email.trim().toLowerCase();
  if (!email) throw invalid([{ field: "email", message: "form.required" }]);
  const account = await accountByEmail(deps, email);
  const person = account ? await loadActor(deps, account.id) : null;
  if (!person) throw invalid([{ field: "email", message: "labs.errors.noAccount" }]);
  if (!canSeeMeeting(person, lab, meeting))
    throw invalid([{ field: "email", message: "labs.errors.cannotSee" }]);
  if (!canRegisterFor(person, lab, meeting))
    throw invalid([{ field: "email", message: "labs.errors.paOnly" }]);
  const r = await registerAccount(deps, {
    meetingId,
    accountId: person.id,
    registeredBy: actor.id,
    answers: checkedAnswers(meeting.questions, input.answers ?? {}, false),
  });
  return { ...r, name: person.name };
}

/**
 * Cancels the actor's registration. A freed confirmed place goes to the first person waiting, who
 * gets an email once the change is committed (`labs.registration.promoted`).
 */
export async function cancelRegistration(
  deps: Deps,
  actor: Actor | null,
  meetingId: string,
): Promise<{ promoted: string | null }> {
  if (!actor) throw notFound();
  await getMeeting(deps, actor, { id: meetingId }); // 404 when not visible
  const now = deps.clock.now();
  const promoted = await deps.db.transaction().execute(async (trx) => {
    const m = await lockMeeting(trx, meetingId);
    if (!m) throw notFound();
    const mine = await liveRegistration(trx, m.id, actor.id);
    if (!mine) throw refuse.notRegistered();
    await setRegistrationStatus(trx, mine.id, "cancelled", now);
    let next: RegistrationRow | undefined;
    if (mine.status === "confirmed" && m.starts_at > now && m.status === "scheduled") {
      next = await firstWaitlisted(trx, m.id);
      if (next) await setRegistrationStatus(trx, next.id, "confirmed", now);
    }
    await recountConfirmed(trx, m.id);
    if (next)
      await emit(deps, trx, "labs.registration.promoted", {
        meetingId: m.id,
        registrationId: next.id,
        accountId: next.account_id,
      });
    return next ?? null;
  });
  return { promoted: promoted?.account_id ?? null };
}

/** The actor's live registration for a meeting, if any. */
export async function myRegistration(deps: Deps, actor: Actor | null, meetingId: string) {
  if (!actor) return null;
  const r = await liveRegistration(deps.db, meetingId, actor.id);
  return r ? { status: r.status, code: r.code } : null;
}
