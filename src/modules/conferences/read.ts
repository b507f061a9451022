// Reading a conference and a registration into the types pages, mails and the API use. A file of its
// own, below the services, so the event handlers (events.handlers.ts) read them without importing
// the services that emit the events.
import type { Deps } from "../../platform/deps.ts";
import { notFound } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { type ConferenceRow, findConference } from "./conferences.repo.ts";
import type { RegistrationRow } from "./registrations.repo.ts";
import type { Conference, Registration } from "./types.ts";

const day = (v: Date | string): string => {
  if (typeof v === "string") return v.slice(0, 10);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${v.getFullYear()}-${p(v.getMonth() + 1)}-${p(v.getDate())}`;
};

export function toConference(r: ConferenceRow): Conference {
  return {
    id: r.id,
    slug: r.slug,
    networkId: r.network_id,
    labId: r.lab_id,
    title: r.title,
    description: r.description,
    venue: r.venue,
    timeZone: r.time_zone,
    startsOn: day(r.starts_on),
    endsOn: day(r.ends_on),
    registrationOpen: r.registration_open,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A conference (they are public); 404 if missing. */
export async function loadConference(deps: Deps, idOrSlug: string): Promise<Conference> {
  const row = isUuid(idOrSlug)
    ? await findConference(deps.db, { id: idOrSlug })
    : await findConference(deps.db, { slug: idOrSlug });
  if (!row) throw notFound();
  return toConference(row);
}

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
