// Coordinators' pages: create and edit a conference, its tracks, sessions and speakers, the
// management overview and check-in. Thin handlers: guard → read the form → one service call →
// redirect, or the same form again with the errors and the input kept.
import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { networkBySlug, refuseInNetwork, toSignIn } from "../identity/index.ts";
import { listLabs } from "../labs/index.ts";
import { showCheckInCode } from "./codes.ts";
import {
  createConference,
  programmeOf,
  removeFromProgramme,
  saveSession,
  saveSpeaker,
  saveTrack,
  updateConference,
} from "./conferences.service.ts";
import { managed, readPosted, statusOf, withServiceErrors } from "./http.ts";
import { canManageConferences } from "./policy.ts";
import { attendanceList, checkIn } from "./registrations.service.ts";
import { conferenceForm, sessionForm } from "./schema.ts";
import type { Conference } from "./types.ts";
import { checkInPage } from "./views/check-in.tsx";
import { conferenceFormPage, sessionFormPage, speakerFormPage, trackFormPage } from "./views/forms.tsx";
import { managePage } from "./views/manage.tsx";
import { dayOf, timeOf } from "./when.ts";

async function labsOf(c: Ctx, networkId: string) {
  return (await listLabs(c.get("deps"), c.get("actor"), { networkId })).map((l) => ({
    id: l.id,
    title: l.title,
  }));
}

const conferenceValues = (x: Conference): Record<string, string> => ({
  title: x.title,
  description: x.description,
  venue: x.venue,
  timeZone: x.timeZone,
  startsOn: x.startsOn,
  endsOn: x.endsOn,
  lab: x.labId ?? "",
  registrationOpen: x.registrationOpen ? "on" : "",
});

/** The posted conference form, as the service's input (it validates). */
async function postedConference(c: Ctx) {
  const { fields, values } = await readPosted(c);
  const parsed = conferenceForm.safeParse(fields);
  return { input: parsed.success ? parsed.data : fields, form: { values, errors: {} } as FormState };
}

export function conferenceAdminRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/networks/:slug/conferences/new", async (c) => {
    const actor = c.get("actor");
    if (!actor) return toSignIn(c);
    const network = await networkBySlug(c.get("deps"), c.req.param("slug"));
    if (!canManageConferences(actor, network.id)) throw refuseInNetwork(actor, network.id);
    const form = emptyForm({ timeZone: "Europe/Rome", registrationOpen: "on" });
    return conferenceFormPage(c, { network, labs: await labsOf(c, network.id), form });
  });

  r.post("/networks/:slug/conferences", async (c) => {
    const actor = c.get("actor");
    if (!actor) return toSignIn(c);
    const network = await networkBySlug(c.get("deps"), c.req.param("slug"));
    if (!canManageConferences(actor, network.id)) throw refuseInNetwork(actor, network.id);
    const { input, form } = await postedConference(c);
    try {
      const conf = await createConference(c.get("deps"), actor, network.id, input);
      return redirectWithFlash(c, `/conferences/${conf.slug}/manage`, {
        kind: "success",
        key: "conferences.created",
      });
    } catch (err) {
      const labs = await labsOf(c, network.id);
      return conferenceFormPage(c, { network, labs, form: withServiceErrors(c, form, err) }, 422);
    }
  });

  r.get("/conferences/:slug/edit", async (c) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    const form = emptyForm(conferenceValues(m.conference));
    return conferenceFormPage(c, {
      network: m.network,
      labs: await labsOf(c, m.network.id),
      form,
      conference: m.conference,
    });
  });

  r.post("/conferences/:slug/edit", async (c) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    const { input, form } = await postedConference(c);
    try {
      const conf = await updateConference(c.get("deps"), c.get("actor"), m.conference.id, input);
      return redirectWithFlash(c, `/conferences/${conf.slug}/manage`, {
        kind: "success",
        key: "conferences.updated",
      });
    } catch (err) {
      const labs = await labsOf(c, m.network.id);
      const shown = withServiceErrors(c, form, err);
      return conferenceFormPage(c, { network: m.network, labs, form: shown, conference: m.conference }, 422);
    }
  });

  r.get("/conferences/:slug/manage", async (c) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    const deps = c.get("deps");
    const [p, registrations] = await Promise.all([
      programmeOf(deps, m.conference),
      attendanceList(deps, c.get("actor"), m.conference),
    ]);
    return managePage(c, { p, registrations });
  });

  // Tracks
  r.get("/conferences/:slug/tracks/new", async (c) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    return trackFormPage(c, { conference: m.conference, form: emptyForm() });
  });
  const postTrack = (edit: boolean) => async (c: Ctx) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    const p = await programmeOf(c.get("deps"), m.conference);
    const track = edit ? p.tracks.find((x) => x.id === c.req.param("id")) : undefined;
    if (edit && !track) return c.notFound();
    const { fields, values } = await readPosted(c);
    const form: FormState = { values, errors: {} };
    try {
      await saveTrack(
        c.get("deps"),
        c.get("actor"),
        m.conference,
        { name: fields.name ?? "", room: fields.room ?? "" },
        track?.id,
      );
      return redirectWithFlash(c, `/conferences/${m.conference.slug}/manage`, {
        kind: "success",
        key: "conferences.saved",
      });
    } catch (err) {
      return trackFormPage(
        c,
        { conference: m.conference, form: withServiceErrors(c, form, err), track },
        422,
      );
    }
  };
  r.post("/conferences/:slug/tracks", postTrack(false));
  r.get("/conferences/:slug/tracks/:id/edit", async (c) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    const track = (await programmeOf(c.get("deps"), m.conference)).tracks.find(
      (x) => x.id === c.req.param("id"),
    );
    if (!track) return c.notFound();
    return trackFormPage(c, {
      conference: m.conference,
      form: emptyForm({ name: track.name, room: track.room }),
      track,
    });
  });
  r.post("/conferences/:slug/tracks/:id/edit", postTrack(true));

  // Sessions
  r.get("/conferences/:slug/sessions/new", async (c) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    const p = await programmeOf(c.get("deps"), m.conference);
    const form = emptyForm({ day: m.conference.startsOn, start: "09:30", end: "10:30" });
    return sessionFormPage(c, { conference: m.conference, tracks: p.tracks, speakers: p.speakers, form });
  });
  const postSession = (edit: boolean) => async (c: Ctx) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    const p = await programmeOf(c.get("deps"), m.conference);
    const sessionId = edit ? c.req.param("id") : undefined;
    if (edit && !p.sessions.some((s) => s.id === sessionId)) return c.notFound();
    const { fields, values } = await readPosted(c, ["speakerIds"]);
    const parsed = sessionForm.safeParse(fields);
    const form: FormState = { values, errors: {} };
    try {
      await saveSession(
        c.get("deps"),
        c.get("actor"),
        m.conference,
        parsed.success ? parsed.data : fields,
        sessionId,
      );
      return redirectWithFlash(c, `/conferences/${m.conference.slug}/manage`, {
        kind: "success",
        key: "conferences.saved",
      });
    } catch (err) {
      const shown = withServiceErrors(c, form, err);
      return sessionFormPage(
        c,
        { conference: m.conference, tracks: p.tracks, speakers: p.speakers, form: shown, sessionId },
        422,
      );
    }
  };
  r.post("/conferences/:slug/sessions", postSession(false));
  r.get("/conferences/:slug/sessions/:id/edit", async (c) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    const p = await programmeOf(c.get("deps"), m.conference);
    const s = p.sessions.find((x) => x.id === c.req.param("id"));
    if (!s) return c.notFound();
    const tz = m.conference.timeZone;
    const form = emptyForm({
      title: s.title,
      description: s.description,
      trackId: s.trackId,
      day: dayOf(s.startsAt, tz),
      start: timeOf(s.startsAt, tz),
      end: timeOf(s.endsAt, tz),
      capacity: s.capacity === null ? "" : String(s.capacity),
      speakerIds: s.speakerIds.join(","),
    });
    return sessionFormPage(c, {
      conference: m.conference,
      tracks: p.tracks,
      speakers: p.speakers,
      form,
      sessionId: s.id,
    });
  });
  r.post("/conferences/:slug/sessions/:id/edit", postSession(true));

  // Speakers
  r.get("/conferences/:slug/speakers/new", async (c) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    return speakerFormPage(c, { conference: m.conference, form: emptyForm() });
  });
  const postSpeaker = (edit: boolean) => async (c: Ctx) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    const p = await programmeOf(c.get("deps"), m.conference);
    const speaker = edit ? p.speakers.find((x) => x.id === c.req.param("id")) : undefined;
    if (edit && !speaker) return c.notFound();
    const { fields, values, files } = await readPosted(c);
    const form: FormState = { values, errors: {} };
    const input = {
      name: fields.name ?? "",
      role: fields.role ?? "",
      affiliation: fields.affiliation ?? "",
      bio: fields.bio ?? "",
      photoAlt: fields.photoAlt ?? "",
    };
    const photo = files.photo ? { bytes: new Uint8Array(await files.photo.arrayBuffer()) } : null;
    try {
      await saveSpeaker(c.get("deps"), c.get("actor"), m.conference, input, photo, speaker?.id);
      return redirectWithFlash(c, `/conferences/${m.conference.slug}/manage`, {
        kind: "success",
        key: "conferences.saved",
      });
    } catch (err) {
      return speakerFormPage(
        c,
        { conference: m.conference, form: withServiceErrors(c, form, err), speaker },
        statusOf(err),
      );
    }
  };
  r.post("/conferences/:slug/speakers", postSpeaker(false));
  r.get("/conferences/:slug/speakers/:id/edit", async (c) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    const s = (await programmeOf(c.get("deps"), m.conference)).speakers.find(
      (x) => x.id === c.req.param("id"),
    );
    if (!s) return c.notFound();
    const form = emptyForm({
      name: s.name,
      role: s.role,
      affiliation: s.affiliation,
      bio: s.bio,
      photoAlt: s.photo?.alt ?? "",
    });
    return speakerFormPage(c, { conference: m.conference, form, speaker: s });
  });
  r.post("/conferences/:slug/speakers/:id/edit", postSpeaker(true));

  // Removing a session, speaker or track: the button sits on its edit page.
  for (const what of ["session", "speaker", "track"] as const) {
    r.post(`/conferences/:slug/${what}s/:id/delete`, async (c) => {
      const m = await managed(c);
      if (m instanceof Response) return m;
      const to = `/conferences/${m.conference.slug}/manage`;
      try {
        await removeFromProgramme(c.get("deps"), c.get("actor"), m.conference, what, c.req.param("id") ?? "");
      } catch (err) {
        if (!(err instanceof AppError) || err.status !== 409) throw err;
        return redirectWithFlash(c, to, { kind: "danger", key: err.message });
      }
      return redirectWithFlash(c, to, { kind: "success", key: "conferences.removed" });
    });
  }

  // Check-in
  r.get("/conferences/:slug/check-in", async (c) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    const registrations = await attendanceList(c.get("deps"), c.get("actor"), m.conference);
    return checkInPage(c, {
      conference: m.conference,
      registrations,
      form: emptyForm({ code: c.req.query("code") ?? "" }),
    });
  });
  r.post("/conferences/:slug/check-in", async (c) => {
    const m = await managed(c);
    if (m instanceof Response) return m;
    const deps = c.get("deps");
    const { fields, values } = await readPosted(c);
    const t = c.get("t");
    let form: FormState = { values, errors: {} };
    let done: string | undefined;
    let status = 200;
    try {
      const res = await checkIn(deps, c.get("actor"), m.conference, String(fields.code ?? ""));
      const key = res.already ? "conferences.checkIn.already" : "conferences.checkIn.done";
      done = t(key, { name: res.registration.name, code: showCheckInCode(res.registration.code) });
      form = emptyForm();
    } catch (err) {
      form = withServiceErrors(c, form, err, "code");
      status = 422;
    }
    const registrations = await attendanceList(deps, c.get("actor"), m.conference);
    return checkInPage(c, { conference: m.conference, registrations, form, done }, status);
  });

  return r;
}
