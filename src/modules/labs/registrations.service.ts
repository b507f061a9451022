// Registering for a meeting and cancelling. Correct under concurrency: each change runs in one
// transaction that first locks the meeting row (`select … for update`), so counting the confirmed
// places and inserting cannot interleave between two people; every query inside uses that
// transaction (a second pool connection would hang on the embedded database, STACK-NOTES).
// Mail to a promoted person is sent after the commit, never inside the transaction.
import { randomBytes } from "node:crypto";
import { AppError, notFound } from "../../platform/errors.ts";
import type { Deps } from "../../platform/http/context.ts";
import { newId } from "../../platform/ids.ts";
import type { Actor } from "../identity/index.ts";
import { lockMeeting, type MeetingRow } from "./meetings.repo.ts";
import { getMeeting } from "./meetings.service.ts";
import { mailAboutQuietly, registrationMail } from "./notify.ts";
import {
  countConfirmed,
  firstWaitlisted,
  insertRegistration,
  liveRegistration,
  type RegistrationRow,
  setRegistrationStatus,
} from "./registrations.repo.ts";
import type { RegistrationStatus } from "./tables.ts";

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
  closed: () =>
    new RegistrationError(
      409,
      "registration-closed",
      "labs.reg.closed",
      "Registration for this meeting is not open.",
    ),
  notRegistered: () =>
    new RegistrationError(
      404,
      "not-registered",
      "labs.reg.notRegistered",
      "You are not registered for this meeting.",
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
) {
  if (m.status !== "scheduled") return "labs.reg.closed";
  if (m.starts_at <= now) return "labs.reg.past";
  if (m.registration_opens_at && now < m.registration_opens_at) return "labs.reg.notYetOpen";
  if (m.registration_closes_at && now >= m.registration_closes_at) return "labs.reg.closed";
  return null;
}

const newCode = () =>
  randomBytes(6)
    .toString("base64url")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "X");

/** Registers the actor: confirmed while places remain, else waitlisted (or refused without a waitlist). */
export async function register(
  deps: Deps,
  actor: Actor | null,
  meetingId: string,
): Promise<{ status: RegistrationStatus; code: string }> {
  if (!actor) throw notFound();
  await getMeeting(deps, actor, { id: meetingId }); // 404 when not visible
  if (!actor.emailVerified) throw refuse.unverified();
  const now = deps.clock.now();
  const id = newId();
  const result = await deps.db.transaction().execute(async (trx) => {
    const m = await lockMeeting(trx, meetingId);
    if (!m) throw notFound();
    const block = registrationBlock(m, now);
    if (block)
      throw new RegistrationError(
        409,
        "registration-closed",
        block,
        "Registration for this meeting is not open.",
      );
    if (await liveRegistration(trx, m.id, actor.id)) throw refuse.already();
    let status: RegistrationStatus = "confirmed";
    if (m.capacity !== null && (await countConfirmed(trx, m.id)) >= m.capacity) {
      if (!m.waitlist) throw refuse.full();
      status = "waitlisted";
    }
    const code = newCode();
    await insertRegistration(trx, { id, meetingId: m.id, accountId: actor.id, status, code, now });
    return { status, code };
  });
  // After the commit: the confirmation (with the .ics) goes out through the job queue.
  await deps.jobs.send(registrationMail, { registrationId: id });
  return result;
}

/**
 * Cancels the actor's registration. A freed confirmed place goes to the first person waiting, who
 * gets an email once the change is committed.
 */
export async function cancelRegistration(
  deps: Deps,
  actor: Actor | null,
  meetingId: string,
): Promise<{ promoted: string | null }> {
  if (!actor) throw notFound();
  const { lab, meeting } = await getMeeting(deps, actor, { id: meetingId });
  const now = deps.clock.now();
  const promoted = await deps.db.transaction().execute(async (trx) => {
    const m = await lockMeeting(trx, meetingId);
    if (!m) throw notFound();
    const mine = await liveRegistration(trx, m.id, actor.id);
    if (!mine) throw refuse.notRegistered();
    await setRegistrationStatus(trx, mine.id, "cancelled", now);
    if (mine.status !== "confirmed" || m.starts_at <= now || m.status !== "scheduled") return null;
    const next: RegistrationRow | undefined = await firstWaitlisted(trx, m.id);
    if (!next) return null;
    await setRegistrationStatus(trx, next.id, "confirmed", now);
    return next;
  });
  if (promoted)
    await mailAboutQuietly(deps, {
      accountId: promoted.account_id,
      kind: "promoted",
      lab,
      meeting,
      code: promoted.code,
    });
  return { promoted: promoted?.account_id ?? null };
}

/** The actor's live registration for a meeting, if any. */
export async function myRegistration(deps: Deps, actor: Actor | null, meetingId: string) {
  if (!actor) return null;
  const r = await liveRegistration(deps.db, meetingId, actor.id);
  return r ? { status: r.status, code: r.code } : null;
}
