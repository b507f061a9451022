// Meetings of a lab's programme: creating one (with its agenda), reading one or a lab's programme, and
// the list across labs for the API, always as the viewer may see them.
import type { z } from "zod";
import { type Actor, actorOf, type Caller } from "../../../platform/auth/index.ts";
import { sharedRead } from "../../../platform/db/coalesce.ts";
import type { Deps } from "../../../platform/deps.ts";
import { invalid, notFound } from "../../../platform/errors.ts";
import { isUuid, newId, slugify } from "../../../platform/ids.ts";
import { networkByIdOrSlug } from "../../identity/index.ts";
import { listLabs, loadLab } from "../labs.service.ts";
import type { Lab, Meeting } from "../labs.types.ts";
import { can, canSeeMeeting } from "../policy.ts";
import { MeetingInput, MeetingsQuery } from "../schema.ts";
import { parseOr422 } from "../validate.ts";
import { zonedToInstant } from "../zones.ts";
import { complete } from "./complete.ts";
import { scheduleReminders } from "./reminders.ts";
import {
  findMeetingById,
  findMeetingBySlug,
  insertMeeting,
  type MeetingRow,
  maxPosition,
  meetingSlugs,
  meetingsBetween,
  meetingsOfLabs,
} from "./repo.ts";

/** The columns a meeting's form sets, the same when it is created and when it is edited. */
export const meetingColumns = (d: z.infer<typeof MeetingInput>) => ({
  title: d.title,
  kind: d.kind,
  mode: d.mode,
  venue: d.venue,
  address: d.address,
  accessibility_notes: d.accessibilityNotes,
  online_url: d.onlineUrl,
  description: d.description,
  starts_at: d.startsAt,
  ends_at: d.endsAt,
  time_zone: d.timeZone,
  capacity: d.capacity,
  registration_opens_at: d.registrationOpensAt,
  registration_closes_at: d.registrationClosesAt,
  waitlist: d.waitlist,
  visibility: d.visibility,
  registration: d.registration,
});

/** Adds a meeting at the end of the lab's programme (validated; times are instants). */
export async function createMeeting(
  deps: Deps,
  caller: Caller | null,
  lab: Lab,
  input: unknown,
): Promise<Meeting> {
  if (!can(caller, "manage", lab)) throw notFound();
  const actor = actorOf(caller);
  const d = parseOr422(MeetingInput, input);
  const id = newId();
  const now = deps.clock.now();
  const taken = new Set(await meetingSlugs(deps.db, lab.id));
  const base = slugify(d.title) || "meeting";
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  await deps.db.transaction().execute(async (trx) => {
    await insertMeeting(
      trx,
      {
        id,
        lab_id: lab.id,
        slug,
        ...meetingColumns(d),
        position: (await maxPosition(trx, lab.id)) + 1,
        status: "scheduled",
        created_by: actor?.id ?? null,
        created_at: now,
        updated_at: now,
      },
      d.agenda.map((a, position) => ({
        id: newId(),
        meeting_id: id,
        position,
        title: a.title,
        duration_minutes: a.durationMinutes,
        speaker: a.speaker,
        kind: a.kind,
      })),
      d.questions.map((q, position) => ({
        id: newId(),
        meeting_id: id,
        position,
        label: q.label,
        required: q.required,
      })),
    );
    await scheduleReminders(deps, trx, (await findMeetingById(trx, id))!);
  });
  const row = (await findMeetingById(deps.db, id))!;
  return (await complete(deps, [row]))[0]!;
}

/** A lab's programme as the viewer may see it, in programme order. */
export async function programmeOf(deps: Deps, actor: Actor | null, lab: Lab): Promise<Meeting[]> {
  const all = await complete(deps, await meetingsOfLabs(deps.db, [lab.id]));
  return all.filter((m) => canSeeMeeting(actor, lab, m));
}

/** A meeting with its lab, as the viewer may see them (404 otherwise). */
export async function getMeeting(
  deps: Deps,
  actor: Actor | null,
  ref: { id: string } | { labSlug: string; slug: string },
  /** Questions only, no agenda or waiting count (see `complete`): the registration form's POST. */
  light = false,
): Promise<{ lab: Lab; meeting: Meeting }> {
  // People opening (or registering for) the same meeting at the same moment share one read of it.
  const key = "id" in ref ? `meeting:${ref.id}:${light}` : `meeting:${ref.labSlug}/${ref.slug}:${light}`;
  const found = await sharedRead(deps.db, key, () => readMeeting(deps, ref, light));
  if (!found || !canSeeMeeting(actor, found.lab, found.row)) throw notFound();
  return { lab: found.lab, meeting: found.meeting };
}

async function readMeeting(
  deps: Deps,
  ref: { id: string } | { labSlug: string; slug: string },
  light: boolean,
): Promise<{ lab: Lab; row: MeetingRow; meeting: Meeting } | null> {
  let row: MeetingRow | undefined;
  let lab: Lab;
  if ("id" in ref) {
    if (!isUuid(ref.id)) return null;
    row = await findMeetingById(deps.db, ref.id);
    if (!row) return null;
    lab = await loadLab(deps, row.lab_id);
  } else {
    lab = await loadLab(deps, ref.labSlug);
    row = await findMeetingBySlug(deps.db, lab.id, ref.slug);
  }
  if (!row) return null;
  const [meeting] = await complete(deps, [row], light);
  return { lab, row, meeting: meeting! };
}

/** A query date: `YYYY-MM-DD` is that whole day in the instance's zone, else an ISO 8601 instant. */
function queryDate(deps: Deps, v: string | undefined, field: string, end: boolean): Date | null {
  if (!v) return null;
  const bad = () => invalid([{ field, message: "Expected a date (YYYY-MM-DD) or an ISO 8601 date-time." }]);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    if (Number.isNaN(Date.parse(v))) throw bad();
    // Midnight of that day in TIME_ZONE; for `to`, of the next day, so the whole day is included.
    const day = end ? new Date(Date.parse(`${v}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : v;
    return (
      zonedToInstant(`${day}T00:00`, deps.config.timeZone) ??
      (() => {
        throw bad();
      })()
    );
  }
  const d = new Date(v);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(v) || Number.isNaN(d.getTime())) throw bad();
  return d;
}

/** Meetings the viewer may see overlapping [from, to), soonest first, a page at a time. */
export async function listMeetings(deps: Deps, actor: Actor | null, query: unknown) {
  const p = parseOr422(MeetingsQuery, query);
  const from = queryDate(deps, p.from, "from", false);
  const to = queryDate(deps, p.to, "to", true);
  let networkId: string | undefined;
  if (p.network) {
    const n = await networkByIdOrSlug(deps, p.network);
    if (!n) return { items: [] as { lab: Lab; meeting: Meeting }[], total: 0, page: p.page, limit: p.limit };
    networkId = n.id;
  }
  let labs = await listLabs(deps, actor, networkId ? { networkId } : {});
  if (p.lab) labs = labs.filter((l) => l.id === p.lab || l.slug === p.lab);
  const rows = (await meetingsBetween(deps.db, { from, to, labIds: labs.map((l) => l.id) })).filter((r) =>
    canSeeMeeting(actor, labs.find((l) => l.id === r.lab_id)!, r),
  );
  const pageRows = rows.slice((p.page - 1) * p.limit, p.page * p.limit);
  const meetings = await complete(deps, pageRows);
  return {
    items: meetings.map((m) => ({ lab: labs.find((l) => l.id === m.labId)!, meeting: m })),
    total: rows.length,
    page: p.page,
    limit: p.limit,
  };
}
