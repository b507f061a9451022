// What conferences tells people about (platform/notifications.ts), in their lists: their registration
// confirmed, and new dates of a conference they are registered for. Registrations are made with an
// address, not an account: a notice goes to the account holding that address, only once the account
// has confirmed it (or anyone could sign up with another's address and read about their plans). The
// mails themselves go to the address as before (events.handlers.ts), account or not.
import type { Deps } from "../../platform/deps.ts";
import { notificationKind } from "../../platform/notifications.ts";
import { accountByEmail } from "../identity/index.ts";
import { loadConference } from "./read.ts";
import { registrationsByIds, registrationsOf } from "./registrations.repo.ts";
import "./events.ts";
import "./notifications.messages.ts";

async function accountsOf(deps: Deps, emails: string[]): Promise<string[]> {
  const ids = [];
  for (const email of new Set(emails)) {
    const a = await accountByEmail(deps, email);
    if (a?.email_verified_at) ids.push(a.id);
  }
  return ids;
}

export const kinds = [
  notificationKind({
    name: "conferences.registration-confirmed",
    event: "conferences.registration.confirmed",
    label: "conferences.notify.confirmed.kind",
    defaultMode: "app",
    resolve: async (deps, e) => {
      const [reg] = await registrationsByIds(deps.db, [e.registrationId]);
      if (reg?.status !== "confirmed") return null;
      const c = await loadConference(deps, e.conferenceId).catch(() => null);
      if (!c) return null;
      return {
        recipients: await accountsOf(deps, [reg.email]),
        text: { key: "conferences.notify.confirmed", params: { conference: c.title } },
        href: `/conferences/${c.slug}`,
      };
    },
  }),
  notificationKind({
    name: "conferences.dates-changed",
    event: "conferences.conference.changed",
    label: "conferences.notify.changed.kind",
    defaultMode: "app",
    resolve: async (deps, e) => {
      const c = await loadConference(deps, e.conferenceId).catch(() => null);
      if (!c) return null;
      const regs = (await registrationsOf(deps.db, c.id)).filter((r) => r.status === "confirmed");
      return {
        recipients: await accountsOf(
          deps,
          regs.map((r) => r.email),
        ),
        text: { key: "conferences.notify.changed", params: { conference: c.title } },
        href: `/conferences/${c.slug}`,
      };
    },
  }),
];
