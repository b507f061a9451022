// What conferences does when its events are delivered (platform/events.ts): the registrant's mails.
// Each handler reads the registration and the conference as they are when it runs, composes the mail
// (mails.ts) and queues it in the transaction of its receipt, so an event delivered twice mails
// nobody twice. Declared at import time; the services that emit these events import this file, and it
// loads without the HTTP app (the worker's manifest loads it too).
import { unseal } from "../../platform/crypto/sealed.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { onEvent } from "../../platform/events.ts";
import type { Mail } from "../../platform/mail/mailer.ts";
import { queueMails } from "../../platform/mail/outbox.ts";
import { accessToken } from "./access.ts";
import { sessionTitle } from "./conferences.repo.ts";
import { cancelledMail, datesChangedMail } from "./mails.editions.ts";
import { attendanceMail, certificateMail, confirmLinkMail, placeFreeMail, registeredMail } from "./mails.ts";
import { loadConference, toRegistration } from "./read.ts";
import { registrationBy, registrationsOf } from "./registrations.repo.ts";
import type { Conference, Registration } from "./types.ts";
import "./events.ts";

type Ids = { conferenceId: string; registrationId: string };
type Compose = (c: Conference, r: Registration, access: string) => Mail | Promise<Mail>;

/**
 * Reads the registration and its conference and queues the mail `compose` makes of them (the link to
 * the registration's page included); nothing when the registration is gone.
 */
async function mailRegistrant(deps: Deps, e: Ids, compose: Compose) {
  const row = await registrationBy(deps.db, { id: e.registrationId });
  if (!row) return undefined;
  const conference = await loadConference(deps, e.conferenceId);
  const mail = await compose(conference, toRegistration(row), accessToken(deps, row.id));
  return (trx: Db) => queueMails(deps, trx, [mail]);
}

onEvent("conferences.confirm-link-mail", "conferences.registration.requested", (deps, e) =>
  mailRegistrant(deps, e, (c, r) => confirmLinkMail(deps, c, r, unseal(deps.config, "event", e.token))),
);

onEvent("conferences.registered-again-mail", "conferences.registration.repeated", (deps, e) =>
  mailRegistrant(deps, e, (c, r, access) => registeredMail(deps, c, r, access, { again: true })),
);

onEvent("conferences.registered-mail", "conferences.registration.confirmed", (deps, e) =>
  mailRegistrant(deps, e, (c, r, access) => registeredMail(deps, c, r, access)),
);

onEvent("conferences.attendance-mail", "conferences.registration.checked-in", (deps, e) =>
  mailRegistrant(deps, e, (c, r, access) => attendanceMail(deps, c, r, access)),
);

// The PDF is made by the handler, off the request; it is queued (sealed) with the mail.
onEvent("conferences.certificate-mail", "conferences.certificate.requested", (deps, e) =>
  mailRegistrant(deps, e, (c, r, access) => certificateMail(deps, c, r, access)),
);

onEvent("conferences.place-free-mail", "conferences.place.promoted", async (deps, e) => {
  const session = await sessionTitle(deps.db, e.sessionId);
  if (session === undefined) return undefined;
  return mailRegistrant(deps, e, (c, r, access) => placeFreeMail(deps, c, r, session, access));
});

onEvent("conferences.cancelled-mail", "conferences.registration.cancelled", (deps, e) =>
  mailRegistrant(deps, e, (c, r) => cancelledMail(deps, c, r)),
);

// Everyone confirmed when the handler runs is told the new dates, in one batch of the receipt's
// transaction (so a redelivered event mails nobody twice).
onEvent("conferences.moved-mail", "conferences.conference.changed", async (deps, e) => {
  const conference = await loadConference(deps, e.conferenceId).catch(() => null);
  if (!conference) return undefined;
  const rows = (await registrationsOf(deps.db, conference.id)).filter((r) => r.status === "confirmed");
  if (!rows.length) return undefined;
  const mails = rows.map((r) =>
    datesChangedMail(deps, conference, toRegistration(r), accessToken(deps, r.id)),
  );
  return (trx: Db) => queueMails(deps, trx, mails);
});
