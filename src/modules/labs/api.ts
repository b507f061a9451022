// /api/v1 routes of labs and meetings (issue item 9): labs, meetings with date ranges, and
// registering / cancelling with a token. Dates are UTC instants; meetings also carry their `timeZone`.
import { createRoute } from "@hono/zod-openapi";
import type { Deps } from "../../platform/deps.ts";
import { AppError, invalid, notFound } from "../../platform/errors.ts";
import {
  jsonResponse,
  listEnvelope,
  type newApi,
  problemResponse,
  problemResponses,
  requireActor,
  z,
} from "../../platform/http/api.ts";
import { isUuid } from "../../platform/ids.ts";
import { networkByIdOrSlug } from "../identity/index.ts";
import { getLab, listLabs } from "./labs.service.ts";
import type { Lab, Meeting } from "./labs.types.ts";
import { meetingUrl } from "./meetings/ical.ts";
import { getMeeting, listMeetings } from "./meetings/service.ts";
import { cancelRegistration, myRegistration, register } from "./registrations/service.ts";
import { onlineLinkFor } from "./when.ts";

const LabJson = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    url: z.url(),
    networkId: z.uuid(),
    title: z.string(),
    theme: z.string(),
    objectives: z.array(z.string()),
    subThemes: z.array(z.string()),
    description: z.string().nullable(),
    periodStart: z.string().nullable().openapi({ example: "2026-01-15" }),
    periodEnd: z.string().nullable(),
    venue: z.string().nullable(),
    visibility: z.string(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("Lab");

const MeetingJson = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    url: z.url(),
    calendarUrl: z.url(),
    labId: z.uuid(),
    title: z.string(),
    kind: z.string(),
    position: z.number().int(),
    mode: z.enum(["in-person", "online", "hybrid"]),
    venue: z.string().nullable(),
    address: z.string().nullable(),
    accessibilityNotes: z.string().nullable(),
    onlineUrl: z
      .string()
      .nullable()
      .openapi({ description: "Only for confirmed participants, from 30 minutes before" }),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    timeZone: z.string().openapi({ example: "Europe/Rome" }),
    capacity: z.number().int().nullable(),
    confirmed: z.number().int(),
    waitlisted: z.number().int(),
    waitlist: z.boolean(),
    registrationOpensAt: z.iso.datetime().nullable(),
    registrationClosesAt: z.iso.datetime().nullable(),
    visibility: z.string(),
    registration: z
      .enum(["open", "pa"])
      .openapi({ description: "pa: only members of the network's public administrations may register" }),
    status: z.enum(["scheduled", "cancelled", "closed"]),
    agenda: z.array(
      z.object({
        title: z.string(),
        durationMinutes: z.number().int().nullable(),
        speaker: z.string().nullable(),
        kind: z.string(),
      }),
    ),
    questions: z
      .array(z.object({ id: z.uuid(), label: z.string(), required: z.boolean() }))
      .openapi({ description: "Asked when registering; answer them in the registration's `answers`" }),
  })
  .openapi("Meeting");

const RegistrationRequest = z
  .object({
    answers: z
      .record(z.string(), z.string())
      .optional()
      .openapi({ description: "Question id → answer; required questions must be answered" }),
  })
  .strict()
  .openapi("RegistrationRequest");

const Registration = z
  .object({ status: z.enum(["confirmed", "waitlisted"]), code: z.string() })
  .openapi("Registration");
const idParam = z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) });

const routes = {
  labs: createRoute({
    method: "get",
    path: "/labs",
    summary: "Labs the caller may see",
    request: {
      query: z
        .object({
          network: z.string().optional().openapi({ description: "A network's id or slug" }),
          page: z.coerce.number().int().min(1).default(1),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        })
        .strict(),
    },
    responses: { 200: jsonResponse(listEnvelope(LabJson, "LabList"), "A page of labs"), ...problemResponses },
  }),
  lab: createRoute({
    method: "get",
    path: "/labs/{id}",
    summary: "One lab",
    request: { params: idParam },
    responses: { 200: jsonResponse(LabJson, "The lab"), ...problemResponses },
  }),
  meetings: createRoute({
    method: "get",
    path: "/meetings",
    summary: "Meetings the caller may see, overlapping [from, to), soonest first",
    request: {
      query: z
        .object({
          from: z
            .string()
            .optional()
            .openapi({ description: "YYYY-MM-DD (that day in TIME_ZONE) or an ISO 8601 instant" }),
          to: z.string().optional().openapi({ description: "Exclusive end; a date includes that whole day" }),
          lab: z.string().optional().openapi({ description: "A lab's id or slug" }),
          network: z.string().optional().openapi({ description: "A network's id or slug" }),
          page: z.string().optional(),
          limit: z.string().optional().openapi({ description: "1–100" }),
        })
        .strict(),
    },
    responses: {
      200: jsonResponse(listEnvelope(MeetingJson, "MeetingList"), "A page of meetings"),
      ...problemResponses,
    },
  }),
  meeting: createRoute({
    method: "get",
    path: "/meetings/{id}",
    summary: "One meeting",
    request: { params: idParam },
    responses: { 200: jsonResponse(MeetingJson, "The meeting"), ...problemResponses },
  }),
  register: createRoute({
    method: "post",
    path: "/meetings/{id}/registrations",
    summary: "Register the caller: confirmed while places remain, else waitlisted",
    security: [{ bearer: [] }],
    request: {
      params: idParam,
      body: {
        required: false,
        content: { "application/json": { schema: RegistrationRequest } },
        description: "Optional: answers to the meeting's registration questions",
      },
    },
    responses: {
      201: jsonResponse(Registration, "Registered"),
      ...problemResponses,
      403: problemResponse("Email address not verified, or registration reserved to public administrations"),
      409: problemResponse(
        "Already registered, meeting full without a waiting list, or registration not open",
      ),
    },
  }),
  cancel: createRoute({
    method: "delete",
    path: "/meetings/{id}/registrations/me",
    summary: "Cancel the caller's registration (the first person waiting gets the place)",
    security: [{ bearer: [] }],
    request: { params: idParam },
    responses: { 204: { description: "Cancelled" }, ...problemResponses },
  }),
};

export function registerLabApiRoutes(api: ReturnType<typeof newApi>, deps: Deps) {
  const base = deps.config.baseUrl;
  const labJson = (l: Lab) => ({
    id: l.id,
    slug: l.slug,
    url: `${base}/labs/${l.slug}`,
    networkId: l.networkId,
    title: l.title,
    theme: l.theme,
    objectives: l.objectives,
    subThemes: l.subThemes,
    description: l.description,
    periodStart: l.periodStart,
    periodEnd: l.periodEnd,
    venue: l.venue,
    visibility: l.visibility,
    updatedAt: l.updatedAt.toISOString(),
  });
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const meetingJson = (lab: Lab, m: Meeting, onlineUrl: string | null) => ({
    id: m.id,
    slug: m.slug,
    url: meetingUrl(base, lab, m),
    calendarUrl: `${meetingUrl(base, lab, m)}/calendar.ics`,
    labId: m.labId,
    title: m.title,
    kind: m.kind,
    position: m.position,
    mode: m.mode,
    venue: m.venue,
    address: m.address,
    accessibilityNotes: m.accessibilityNotes,
    onlineUrl,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    timeZone: m.timeZone,
    capacity: m.capacity,
    confirmed: m.confirmed,
    waitlisted: m.waitlisted,
    waitlist: m.waitlist,
    registrationOpensAt: iso(m.registrationOpensAt),
    registrationClosesAt: iso(m.registrationClosesAt),
    visibility: m.visibility,
    registration: m.registration,
    status: m.status,
    agenda: m.agenda,
    questions: m.questions,
  });

  api.openapi(routes.labs, async (c) => {
    const q = c.req.valid("query");
    const network = q.network ? await networkByIdOrSlug(c.get("deps"), q.network) : undefined;
    const labs =
      q.network && !network
        ? []
        : await listLabs(c.get("deps"), c.get("actor"), network ? { networkId: network.id } : {});
    const items = labs.slice((q.page - 1) * q.limit, q.page * q.limit).map(labJson);
    return c.json({ items, total: labs.length, page: q.page, limit: q.limit }, 200);
  });

  api.openapi(routes.lab, async (c) => {
    const id = c.req.valid("param").id;
    if (!isUuid(id)) throw notFound();
    return c.json(labJson(await getLab(c.get("deps"), c.get("actor"), id)), 200);
  });

  api.openapi(routes.meetings, async (c) => {
    const r = await listMeetings(c.get("deps"), c.get("actor"), c.req.valid("query"));
    // The online link is never in a list: it needs the caller's own registration (see one meeting).
    return c.json({ ...r, items: r.items.map((i) => meetingJson(i.lab, i.meeting, null)) }, 200);
  });

  api.openapi(routes.meeting, async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const { lab, meeting } = await getMeeting(deps, actor, { id: c.req.valid("param").id });
    const mine = await myRegistration(deps, actor, meeting.id);
    return c.json(meetingJson(lab, meeting, onlineLinkFor(meeting, mine, deps.clock.now())), 200);
  });

  api.openapi(routes.register, async (c) => {
    const actor = requireActor(c.get("actor"));
    const id = c.req.valid("param").id;
    // The body is optional (no questions, or none required): validated only when sent as JSON.
    const body = (c.req.header("content-type") ?? "").includes("json")
      ? (c.req.valid("json") as z.infer<typeof RegistrationRequest> | undefined)
      : undefined;
    const r = await register(c.get("deps"), actor, id, body?.answers ?? {}).catch((err: unknown) => {
      // The form's field names (q_<id>) become the request's (answers.<id>).
      if (err instanceof AppError && err.status === 422)
        throw invalid(err.fieldErrors.map((e) => ({ ...e, field: e.field.replace(/^q_/, "answers.") })));
      throw err;
    });
    c.header("Location", `${base}/api/v1/meetings/${id}/registrations/me`);
    return c.json({ status: r.status as "confirmed" | "waitlisted", code: r.code }, 201);
  });

  api.openapi(routes.cancel, async (c) => {
    const actor = requireActor(c.get("actor"));
    await cancelRegistration(c.get("deps"), actor, c.req.valid("param").id);
    return c.body(null, 204);
  });
}
