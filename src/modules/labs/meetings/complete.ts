// Meeting rows made into meetings (agenda, counts, questions): what pages, mails and reminders show.
// A file of its own, below the services: mail (notify.ts) and reminders need it, and the meeting
// service schedules reminders, so with it in meetings/service.ts the three imported each other.
import type { Deps } from "../../../platform/deps.ts";
import type { Meeting } from "../labs.types.ts";
import { toMeeting } from "../mappers.ts";
import { registrationCounts } from "../registrations/repo.ts";
import { agendaOf, type MeetingRow, questionsOf } from "./repo.ts";

/**
 * Rows → meetings with agenda, counts and questions. `light`: questions only (agenda empty, counts
 * from the row's kept confirmed count, waiting 0) — for registering, which needs nothing else.
 */
export async function complete(deps: Deps, rows: MeetingRow[], light = false): Promise<Meeting[]> {
  const ids = rows.map((r) => r.id);
  const [agenda, counts, questions] = await Promise.all([
    light ? [] : agendaOf(deps.db, ids),
    light
      ? rows.map((r) => ({ meeting_id: r.id, status: "confirmed", n: r.confirmed_count }))
      : registrationCounts(deps.db, ids),
    questionsOf(deps.db, ids),
  ]);
  const count = (id: string, s: string) => counts.find((c) => c.meeting_id === id && c.status === s)?.n ?? 0;
  return rows.map((r) =>
    toMeeting(
      r,
      agenda.filter((a) => a.meeting_id === r.id),
      { confirmed: count(r.id, "confirmed"), waitlisted: count(r.id, "waitlisted") },
      questions.filter((q) => q.meeting_id === r.id),
    ),
  );
}
