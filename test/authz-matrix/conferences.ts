// Writes of the conferences and funding modules. Managing a conference or a funding call is for the
// owning network's coordinators and admins (others in the network 403, outsiders 404); a
// conference is public, so registering is open to anyone, and the registrant's page answers to its
// secret link whoever holds it. Funding calls follow their visibility (a pa call is not seen by
// members outside public administrations: 404).

import {
  type Conference,
  loadConference,
  saveSession,
  saveSpeaker,
  saveTrack,
} from "../../src/modules/conferences/index.ts";
import { SYSTEM } from "../../src/platform/auth/index.ts";
import { buildConference, confirmedRegistration } from "../helpers/conferences.ts";
import type { MatrixWorld, Statuses, WriteRow } from "../helpers/matrix.ts";
import type { TestRuntime } from "../helpers/runtime.ts";
import { unique } from "./unique.ts";

//                                       anon admin coord facil comm   pa  memb oCoor oMemb guest labP
const MANAGE: Statuses = /*            */ [303, 303, 303, 403, 403, 403, 403, 404, 404, 303, 404];
/** The same through the API: 401 for nobody signed in (and guests), `ok` when done. */
const API_MANAGE = (ok: number): Statuses => [401, ok, ok, 403, 403, 403, 403, 404, 404, 401, 404];
const ALL = (s: number): Statuses => [s, s, s, s, s, s, s, s, s, s, s];

export async function conferenceWrites(w: MatrixWorld): Promise<WriteRow[]> {
  const t = w.t;
  const f0 = w.f;
  const conf: Conference = await loadConference(t.deps, f0.confId!);
  const { access, registration } = await confirmedRegistration(t, conf, `matrice-${unique()}@example.org`);
  const c = `/conferences/${conf.slug}`;
  const confForm = {
    title: conf.title,
    description: "Tre giorni di incontri.",
    venue: "Palazzo Tursi, Genova",
    timeZone: "Europe/Rome",
    startsOn: conf.startsOn,
    endsOn: conf.endsOn,
    lab: "",
    registrationOpen: "on",
  };
  const sessionForm = (title: string) => ({
    title,
    description: "",
    trackId: f0.confTrackId!,
    day: conf.startsOn,
    start: "16:00",
    end: "17:00",
    capacity: "",
  });
  const fresh = {
    track: async (t: TestRuntime) => ({
      id: (await saveTrack(t.deps, SYSTEM, conf, { name: `P ${unique()}` })).id,
    }),
    session: async (t: TestRuntime) => ({
      id: await saveSession(t.deps, SYSTEM, conf, {
        title: `S ${unique()}`,
        trackId: f0.confTrackId!,
        day: conf.startsOn,
        start: "16:00",
        end: "17:00",
        speakerIds: [],
      }),
    }),
    speaker: async (t: TestRuntime) => ({
      id: await saveSpeaker(t.deps, SYSTEM, conf, { name: "Da togliere" }, null),
    }),
  };
  //                                                     anon admin coord facil comm   pa  memb oCoor oMemb guest labP
  return [
    {
      route: "POST /networks/:slug/conferences",
      send: (f) => ({
        path: `/networks/${f.netSlug}/conferences`,
        form: { ...confForm, title: `Conferenza ${f.uniq}` },
      }),
      fresh: async () => ({ uniq: unique() }),
      expect: MANAGE,
    },
    {
      route: "POST /conferences/:slug/edit",
      send: () => ({ path: `${c}/edit`, form: confForm }),
      expect: MANAGE,
    },
    {
      route: "POST /conferences/:slug/tracks",
      send: (f) => ({ path: `${c}/tracks`, form: { name: `Percorso ${f.uniq}`, room: "" } }),
      fresh: async () => ({ uniq: unique() }),
      expect: MANAGE,
    },
    {
      route: "POST /conferences/:slug/tracks/:id/edit",
      send: (f) => ({
        path: `${c}/tracks/${f.confTrackId}/edit`,
        form: { name: "Plenaria", room: "Salone" },
      }),
      expect: MANAGE,
    },
    {
      route: "POST /conferences/:slug/sessions",
      send: (f) => ({ path: `${c}/sessions`, form: sessionForm(`Sessione ${f.uniq}`) }),
      fresh: async () => ({ uniq: unique() }),
      expect: MANAGE,
    },
    {
      route: "POST /conferences/:slug/sessions/:id/edit",
      send: (f) => ({ path: `${c}/sessions/${f.id}/edit`, form: sessionForm("Sessione modificata") }),
      fresh: (t) => fresh.session(t),
      expect: MANAGE,
    },
    {
      route: "POST /conferences/:slug/speakers",
      send: () => ({ path: `${c}/speakers`, form: { name: "Nuova relatrice", photoAlt: "" } }),
      expect: MANAGE,
    },
    {
      route: "POST /conferences/:slug/speakers/:id/edit",
      send: (f) => ({ path: `${c}/speakers/${f.id}/edit`, form: { name: "Relatrice", photoAlt: "" } }),
      fresh: (t) => fresh.speaker(t),
      expect: MANAGE,
    },
    ...(["session", "speaker", "track"] as const).map(
      (what): WriteRow => ({
        route: `POST /conferences/:slug/${what}s/:id/delete`,
        send: (f) => ({ path: `${c}/${what}s/${f.id}/delete`, form: {} }),
        fresh: (t) => fresh[what](t),
        expect: MANAGE,
      }),
    ),
    {
      // The registration was checked in before: the page again, saying so.
      route: "POST /conferences/:slug/check-in",
      send: () => ({ path: `${c}/check-in`, form: { code: registration.code } }),
      expect: [303, 200, 200, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    // Moving and duplicating (issue 16) on a conference of the network made for each role, so the
    // matrix's own conference keeps its dates for the rows after these.
    {
      route: "POST /conferences/:slug/shift",
      send: (f) => ({ path: `/conferences/${f.slug}/shift`, form: { days: "7" } }),
      fresh: async (t) => ({ slug: (await buildConference(t, conf.networkId)).slug }),
      expect: MANAGE,
    },
    {
      route: "POST /conferences/:slug/duplicate",
      send: (f) => ({
        path: `/conferences/${f.slug}/duplicate`,
        form: { title: `Edizione ${f.uniq}`, startsOn: "2031-01-10", registrationOpen: "on" },
      }),
      fresh: async (t) => ({ slug: (await buildConference(t, conf.networkId)).slug, uniq: unique() }),
      expect: MANAGE,
    },
    {
      // Whoever holds the secret link may cancel that registration (a fresh one each time).
      route: "POST /conferences/:slug/me/cancel",
      send: (f) => ({ path: `${c}/me/cancel`, form: { t: f.access! } }),
      fresh: async (t) => ({
        access: (await confirmedRegistration(t, conf, `annulla-${unique()}@example.org`)).access,
      }),
      expect: ALL(200),
    },
    {
      route: "POST /conferences/registrations/confirm",
      send: () => ({ path: "/conferences/registrations/confirm", form: { token: "nope" } }),
      expect: ALL(400),
    },
    {
      route: "POST /conferences/:slug/register",
      send: (f) => ({
        path: `${c}/register`,
        form: { name: "Persona", email: `conf-${f.uniq}@example.org` },
      }),
      fresh: async () => ({ uniq: unique() }),
      expect: ALL(200),
    },
    {
      route: "POST /conferences/:slug/me/sessions",
      send: (f) => ({
        path: `${c}/me/sessions`,
        form: { t: access, session: f.confSessionId!, action: "leave" },
      }),
      expect: ALL(200),
    },
    {
      route: "POST /conferences/:slug/me/certificate/email",
      send: () => ({ path: `${c}/me/certificate/email`, form: { t: access } }),
      expect: ALL(200),
    },
    {
      route: "POST /api/v1/conferences/:id/shift",
      send: (f) => ({ path: `/api/v1/conferences/${f.confId}/shift`, json: { days: 7 } }),
      fresh: async (t) => ({ confId: (await buildConference(t, conf.networkId)).id }),
      expect: API_MANAGE(200),
    },
    {
      route: "POST /api/v1/conferences/:id/editions",
      send: (f) => ({
        path: `/api/v1/conferences/${f.confId}/editions`,
        json: { title: `Edizione API ${f.uniq}`, startsOn: "2031-02-10" },
      }),
      fresh: async (t) => ({ confId: (await buildConference(t, conf.networkId)).id, uniq: unique() }),
      expect: API_MANAGE(201),
    },
    {
      route: "POST /api/v1/conferences/:id/registrations",
      send: (f) => ({
        path: `/api/v1/conferences/${conf.id}/registrations`,
        json: { name: "Persona via API", email: `api-conf-${f.uniq}@example.org` },
      }),
      fresh: async () => ({ uniq: unique() }),
      expect: ALL(202),
    },
  ];
}

export function fundingWrites(): WriteRow[] {
  const form = (title: string, visibility: string) => ({
    title,
    programme: "pnrr",
    summary: "Un bando per provare.",
    deadline: "2031-06-30",
    eligibleBodies: "municipality",
    budgetEur: "100000",
    url: "https://example.org/bando",
    visibility,
  });
  //                                                     anon admin coord facil comm   pa  memb oCoor oMemb guest labP
  return [
    {
      route: "POST /networks/:slug/funding",
      send: (f) => ({ path: `/networks/${f.netSlug}/funding`, form: form(`Bando ${f.uniq}`, "network") }),
      fresh: async () => ({ uniq: unique() }),
      expect: MANAGE,
    },
    ...(
      [
        ["network", MANAGE],
        ["pa", [303, 303, 303, 404, 404, 403, 404, 404, 404, 303, 404]],
      ] as const
    ).map(
      ([v, expect]): WriteRow => ({
        route: "POST /funding/:slug/edit",
        on: `a ${v} call`,
        send: (f) => ({ path: `/funding/${f[`call-${v}`]}/edit`, form: form(`Bando ${v} della matrice`, v) }),
        expect: [...expect],
      }),
    ),
  ];
}
