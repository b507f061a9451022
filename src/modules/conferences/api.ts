// /api/v1 routes of conferences: the list, one conference with its programme (days are the
// conference's own dates; sessions are UTC instants, with the conference's `timeZone`), and public
// registration without an account, as the page's form does it: the confirmation link is mailed to
// the address, so a client can start a registration but never confirm one for someone else.
import { createRoute } from "@hono/zod-openapi";
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import {
  jsonResponse,
  listEnvelope,
  type newApi,
  problemResponse,
  problemResponses,
  requireActor,
  z,
} from "../../platform/http/api.ts";
import { clientIp } from "../../platform/http/client-ip.ts";
import { isLang } from "../../platform/i18n/index.ts";
import { networkByIdOrSlug, networkRefusal } from "../identity/index.ts";
import { listConferences, loadConference, programmeOf } from "./conferences.service.ts";
import { duplicateConference, shiftConference } from "./editions.service.ts";
import { can } from "./policy.ts";
import { register, registrationOpen } from "./registrations.service.ts";
import type { Conference, Programme } from "./types.ts";

const ConferenceJson = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    url: z.url(),
    calendarUrl: z.url(),
    networkId: z.uuid(),
    labId: z.uuid().nullable(),
    title: z.string(),
    description: z.string(),
    venue: z.string(),
    timeZone: z.string().openapi({ example: "Europe/Rome" }),
    startsOn: z
      .string()
      .openapi({ example: "2018-04-11", description: "First day, in the conference's zone" }),
    endsOn: z.string().openapi({ example: "2018-04-13" }),
    registrationOpen: z.boolean(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("Conference");

const ProgrammeJson = ConferenceJson.extend({
  tracks: z.array(z.object({ id: z.uuid(), name: z.string(), room: z.string() })),
  sessions: z.array(
    z.object({
      id: z.uuid(),
      trackId: z.uuid(),
      title: z.string(),
      description: z.string(),
      startsAt: z.iso.datetime(),
      endsAt: z.iso.datetime(),
      capacity: z.number().int().nullable().openapi({ description: "null: open access, no booking" }),
      taken: z.number().int().openapi({ description: "Places booked" }),
      waiting: z.number().int().openapi({ description: "People on the session's waiting list" }),
      speakerIds: z.array(z.uuid()),
    }),
  ),
  speakers: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      role: z.string(),
      affiliation: z.string(),
      bio: z.string(),
      photoUrl: z.url().nullable(),
      photoAlt: z.string().nullable(),
    }),
  ),
}).openapi("ConferenceProgramme");

const RegistrationRequest = z
  .object({
    name: z.string().openapi({ example: "Chiara Rossi" }),
    email: z.string().openapi({ example: "chiara.rossi@comune.genova.example" }),
    language: z.enum(["it", "en"]).optional().openapi({ description: "Language of the mails (default it)" }),
  })
  .strict()
  .openapi("ConferenceRegistrationRequest");

const Pending = z
  .object({
    status: z.literal("pending-confirmation"),
    detail: z.string(),
  })
  .openapi("ConferenceRegistrationPending");

const idParam = z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) });

const ShiftRequest = z
  .object({
    days: z.number().int().openapi({ example: 42, description: "Days to move by; negative: earlier" }),
  })
  .openapi("ConferenceShiftRequest");

const EditionRequest = z
  .object({
    title: z.string().openapi({ example: "Interactive Cities – seconda edizione" }),
    startsOn: z.string().openapi({ example: "2027-04-14", description: "The new edition's first day" }),
    registrationOpen: z.boolean().optional().openapi({ description: "Default true" }),
  })
  .openapi("ConferenceEditionRequest");

const routes = {
  list: createRoute({
    method: "get",
    path: "/conferences",
    summary: "Conferences (public): those not yet ended, soonest first, then past ones, most recent first",
    request: {
      query: z
        .object({
          network: z.string().optional().openapi({ description: "A network's id or slug" }),
          page: z.coerce.number().int().min(1).default(1),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        })
        .strict(),
    },
    responses: {
      200: jsonResponse(listEnvelope(ConferenceJson, "ConferenceList"), "A page of conferences"),
      ...problemResponses,
    },
  }),
  one: createRoute({
    method: "get",
    path: "/conferences/{id}",
    summary: "One conference with its programme: tracks, sessions (places booked and waiting) and speakers",
    request: { params: idParam },
    responses: { 200: jsonResponse(ProgrammeJson, "The conference"), ...problemResponses },
  }),
  register: createRoute({
    method: "post",
    path: "/conferences/{id}/registrations",
    summary: "Start a registration: a confirmation link is mailed to the address (no account needed)",
    request: {
      params: idParam,
      body: { required: true, content: { "application/json": { schema: RegistrationRequest } } },
    },
    responses: {
      202: jsonResponse(Pending, "Registration started: it counts once the person opens the mailed link"),
      ...problemResponses,
      // An address already registered gets the same 202: the mail, not the answer, says so.
      409: problemResponse("Registration closed"),
      429: problemResponse("Too many registrations from this client or for this address"),
    },
  }),
};

// The staff's moves (the network's coordinators and admins; the network's other members get a 403,
// outsiders a 404, as on the pages): the same services as the pages' forms (editions.service.ts).
const editionRoutes = {
  shift: createRoute({
    method: "post",
    path: "/conferences/{id}/shift",
    summary: "Move the conference and all its sessions by a number of days (registrants are told)",
    security: [{ bearer: [] }],
    request: {
      params: idParam,
      body: { required: true, content: { "application/json": { schema: ShiftRequest } } },
    },
    responses: { 200: jsonResponse(ConferenceJson, "The conference, moved"), ...problemResponses },
  }),
  duplicate: createRoute({
    method: "post",
    path: "/conferences/{id}/editions",
    summary: "A new edition: tracks, sessions (moved by the same days) and speakers copied; no registrations",
    security: [{ bearer: [] }],
    request: {
      params: idParam,
      body: { required: true, content: { "application/json": { schema: EditionRequest } } },
    },
    responses: { 201: jsonResponse(ConferenceJson, "The new edition"), ...problemResponses },
  }),
};

export function registerConferenceApiRoutes(api: ReturnType<typeof newApi>, deps: Deps) {
  const base = deps.config.baseUrl;
  const conferenceJson = (c: Conference, d: Deps) => ({
    id: c.id,
    slug: c.slug,
    url: `${base}/conferences/${c.slug}`,
    calendarUrl: `${base}/conferences/${c.slug}/programme.ics`,
    networkId: c.networkId,
    labId: c.labId,
    title: c.title,
    description: c.description,
    venue: c.venue,
    timeZone: c.timeZone,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    registrationOpen: registrationOpen(d, c),
    updatedAt: c.updatedAt.toISOString(),
  });
  const programmeJson = (p: Programme, d: Deps) => ({
    ...conferenceJson(p.conference, d),
    tracks: p.tracks.map((t) => ({ id: t.id, name: t.name, room: t.room })),
    sessions: p.sessions.map((s) => ({
      id: s.id,
      trackId: s.trackId,
      title: s.title,
      description: s.description,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      capacity: s.capacity,
      taken: s.taken,
      waiting: s.waiting,
      speakerIds: s.speakerIds,
    })),
    speakers: p.speakers.map((s) => ({
      id: s.id,
      name: s.name,
      role: s.role,
      affiliation: s.affiliation,
      bio: s.bio,
      photoUrl: s.photo ? `${base}/conferences/${p.conference.slug}/speakers/${s.id}/photo` : null,
      photoAlt: s.photo?.alt ?? null,
    })),
  });

  api.openapi(routes.list, async (c) => {
    const d = c.get("deps");
    const q = c.req.valid("query");
    const network = q.network ? await networkByIdOrSlug(d, q.network) : undefined;
    const { upcoming, past } =
      q.network && !network
        ? { upcoming: [], past: [] }
        : await listConferences(d, network ? { networkId: network.id } : {});
    const all = [...upcoming, ...past];
    const items = all.slice((q.page - 1) * q.limit, q.page * q.limit).map((x) => conferenceJson(x, d));
    return c.json({ items, total: all.length, page: q.page, limit: q.limit }, 200);
  });

  api.openapi(routes.one, async (c) => {
    const d = c.get("deps");
    const conference = await loadConference(d, c.req.valid("param").id);
    return c.json(programmeJson(await programmeOf(d, conference), d), 200);
  });

  api.openapi(routes.register, async (c) => {
    const d = c.get("deps");
    const conference = await loadConference(d, c.req.valid("param").id);
    const body = c.req.valid("json");
    const language = isLang(body.language) ? body.language : "it";
    await register(d, conference, { name: body.name, email: body.email }, language, clientIp(c));
    return c.json(
      {
        status: "pending-confirmation" as const,
        detail: "A confirmation link was mailed to the address; the registration counts once it is opened.",
      },
      202,
    );
  });

  /** The conference for someone who manages it; others are refused as the pages refuse them. */
  const managed = async (d: Deps, actor: Actor, id: string) => {
    const conference = await loadConference(d, id);
    if (!can(actor, "manage", conference)) throw networkRefusal(actor, conference);
    return conference;
  };

  api.openapi(editionRoutes.shift, async (c) => {
    const d = c.get("deps");
    const actor = requireActor(c.get("actor"));
    const conference = await managed(d, actor, c.req.valid("param").id);
    const moved = await shiftConference(d, actor, conference, c.req.valid("json"));
    return c.json(conferenceJson(moved, d), 200);
  });

  api.openapi(editionRoutes.duplicate, async (c) => {
    const d = c.get("deps");
    const actor = requireActor(c.get("actor"));
    const source = await managed(d, actor, c.req.valid("param").id);
    const edition = await duplicateConference(d, actor, source, c.req.valid("json"));
    c.header("Location", `${base}/api/v1/conferences/${edition.id}`);
    return c.json(conferenceJson(edition, d), 201);
  });
}
