// What labs does when its events are delivered (platform/events.ts): the mails that confirm a
// registration and the mails to the people invited to a lab. (A meeting moved or cancelled and a
// place from the waiting list are notification kinds: notifications.ts.) Each handler reads the meeting and the
// people as they are when it runs, composes the mails (notify.ts), and queues them in the transaction
// of its receipt, so an event delivered twice mails nobody twice. Declared at import time; the
// services that emit these events import this file, so every process that emits them handles them,
// and it loads without the HTTP app (the worker's manifest loads it too).
import { unseal } from "../../platform/crypto/sealed.ts";
import type { Deps } from "../../platform/deps.ts";
import { onEvent } from "../../platform/events.ts";
import { translator } from "../../platform/i18n/index.ts";
import type { Mail } from "../../platform/mail/mailer.ts";
import { queueMails } from "../../platform/mail/outbox.ts";
import { invitationTo, memberOrganisations } from "../identity/index.ts";
import { findLabById } from "./labs.repo.ts";
import { meetingNow } from "./meetings/now.ts";
import { LAB_INVITATIONS } from "./members/lab-invitations.kind.ts";
import { meetingMail } from "./notify.ts";
import { LAB_INVITATION_DAYS } from "./policy.ts";
import { findRegistration } from "./registrations/repo.ts";
import "./events.ts";
import "./members/messages.members.ts";

const queued = (deps: Deps, mails: (Mail | null)[]) => {
  const ready = mails.filter((m): m is Mail => m !== null);
  return ready.length ? (trx: Parameters<typeof queueMails>[1]) => queueMails(deps, trx, ready) : undefined;
};

/**
 * The mail that follows a registration. It reads the registration as it is when the handler runs: a
 * registration cancelled meanwhile gets no mail, one promoted meanwhile gets its confirmation.
 */
const registrationMail = async (deps: Deps, registrationId: string) => {
  const reg = await findRegistration(deps.db, registrationId);
  if (!reg || reg.status === "cancelled") return undefined;
  const now = await meetingNow(deps, reg.meeting_id, true); // the mail needs no agenda or counts
  if (now?.row.status !== "scheduled") return undefined;
  const kind = reg.status === "confirmed" ? "confirmed" : "waitlisted";
  return queued(deps, [await meetingMail(deps, { accountId: reg.account_id, kind, ...now, code: reg.code })]);
};
onEvent("labs.registration-confirmed-mail", "labs.registration.confirmed", (deps, e) =>
  registrationMail(deps, e.registrationId),
);
onEvent("labs.registration-waitlisted-mail", "labs.registration.waitlisted", (deps, e) =>
  registrationMail(deps, e.registrationId),
);

/** The invitation's link, in the inviter's language (the invitee may have no account yet). */
onEvent("labs.invitation-mail", "labs.invitation.sent", async (deps, e) => {
  const inv = await invitationTo(deps.db, LAB_INVITATIONS, e.labId, e.invitationId);
  const lab = inv ? await findLabById(deps.db, inv.targetId) : undefined;
  if (!inv || !lab) return undefined;
  const organisation = inv.organisationId
    ? (await memberOrganisations(deps, lab.network_id)).find((o) => o.id === inv.organisationId)
    : undefined;
  const inviter = e.inviterName ?? inv.inviterName ?? "";
  const t = translator(e.lang);
  const link = `${deps.config.baseUrl}/lab-invitations/${unseal(deps.config, "event", e.token)}`;
  return queued(deps, [
    {
      to: inv.email,
      subject: t("labs.members.mailSubject", { lab: lab.title }),
      text: t(organisation ? "labs.members.mailBodyOrganisation" : "labs.members.mailBody", {
        inviter,
        lab: lab.title,
        role: t(`labs.members.role.${inv.role}`),
        organisation: organisation?.name ?? "",
        link,
        days: LAB_INVITATION_DAYS,
      }),
    },
  ]);
});
