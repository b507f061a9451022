// Coordinators' pages: create and edit a conference, its tracks, sessions and speakers, the
// management overview and check-in. Thin handlers: guard → read the form → one service call →
// redirect, or the same form again with the errors and the input kept.
import { Hono } from "hono";
import { showCheckInCode } from "../../platform/codes.ts";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { listLabs } from "../labs/index.ts";
import { checkInOpen } from "./attendance.ts";
import {
  createConference,
  programmeOf,
  removeFromProgramme,
  saveSession,
  saveSpeaker,
  saveTrack,
  updateConference,
} from "./conferences.service.ts";
import {
  type Managing,
  managingConference,
  managingNetwork,
  readPosted,
  statusOf,
  withServiceErrors,
} from "./http.ts";
import { attendanceList, checkIn } from "./registrations.service.ts";
import { conferenceForm, sessionForm } from "./schema.ts";
import type { Conference } from "./types.ts";
import { checkInPage } from "./views/check-in.tsx";
import { conferenceFormPage } from "./views/conference-form.tsx";
import { managePage } from "./views/manage.tsx";
import { sessionFormPage } from "./views/session-form.tsx";
import { speakerFormPage } from "./views/speaker-form.tsx";
import { trackFormPage } from "./views/track-form.tsx";
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

  r.get("/networks/:slug/conferences/new", ...managingNetwork, async (c) => {
    const network = c.get("network");
    const form = emptyForm({ timeZone: "Europe/Rome", registrationOpen: "on" });
    return conferenceFormPage(c, { network, labs: await labsOf(c, network.id), form });
  });

  r.post("/networks/:slug/conferences", ...managingNetwork, async (c) => {
    const network = c.get("network");
    const { input, form } = await postedConference(c);
    try {
      const conf = await createConference(c.get("deps"), c.get("actor"), network.id, input);
      return redirectWithFlash(c, `/conferences/${conf.slug}/manage`, {
        kind: "success",
        key: "conferences.created",
      });
    } catch (err) {
      const labs = await labsOf(c, network.id);
      return conferenceFormPage(c, { network, labs, form: withServiceErrors(c, form, err) }, 422);
    }
  });

  r.get("/conferences/:slug/edit", ...managingConference, async (c) => {
    const { conference, network } = c.var;
    const form = emptyForm(conferenceValues(conference));
    return conferenceFormPage(c, {
      network,
      labs: await labsOf(c, network.id),
      form,
      conference,
    });
  });

  r.post("/conferences/:slug/edit", ...managingConference, async (c) => {
    const { conference, network } = c.var;
    const { input, form } = await postedConference(c);
    try {
      const conf = await updateConference(c.get("deps"), c.get("actor"), conference.id, input);
      return redirectWithFlash(c, `/conferences/${conf.slug}/manage`, {
        kind: "success",
        key: "conferences.updated",
      });
    } catch (err) {
      const labs = await labsOf(c, network.id);
      const shown = withServiceErrors(c, form, err);
      return conferenceFormPage(c, { network, labs, form: shown, conference }, 422);
    }
  });

  r.get("/conferences/:slug/manage", ...managingConference, async (c) => {
    const { conference } = c.var;
    const deps = c.get("deps");
    const [p, registrations] = await Promise.all([
      programmeOf(deps, conference),
      attendanceList(deps, c.get("actor"), conference),
    ]);
    return managePage(c, { p, registrations });
  });

  // Tracks
  r.get("/conferences/:slug/tracks/new", ...managingConference, async (c) => {
    const { conference } = c.var;
    return trackFormPage(c, { conference, form: emptyForm() });
  });
  const postTrack = (edit: boolean) => async (c: Managing) => {
    const { conference } = c.var;
    const p = await programmeOf(c.get("deps"), conference);
    const track = edit ? p.tracks.find((x) => x.id === c.req.param("id")) : undefined;
    if (edit && !track) return c.notFound();
    const { fields, values } = await readPosted(c);
    const form: FormState = { values, errors: {} };
    try {
      await saveTrack(
        c.get("deps"),
        c.get("actor"),
        conference,
        { name: fields.name ?? "", room: fields.room ?? "" },
        track?.id,
      );
      return redirectWithFlash(c, `/conferences/${conference.slug}/manage`, {
        kind: "success",
        key: "conferences.saved",
      });
    } catch (err) {
      return trackFormPage(c, { conference, form: withServiceErrors(c, form, err), track }, 422);
    }
  };
  r.post("/conferences/:slug/tracks", ...managingConference, postTrack(false));
  r.get("/conferences/:slug/tracks/:id/edit", ...managingConference, async (c) => {
    const { conference } = c.var;
    const track = (await programmeOf(c.get("deps"), conference)).tracks.find(
      (x) => x.id === c.req.param("id"),
    );
    if (!track) return c.notFound();
    return trackFormPage(c, {
      conference,
      form: emptyForm({ name: track.name, room: track.room }),
      track,
    });
  });
  r.post("/conferences/:slug/tracks/:id/edit", ...managingConference, postTrack(true));

  // Sessions
  r.get("/conferences/:slug/sessions/new", ...managingConference, async (c) => {
    const { conference } = c.var;
    const p = await programmeOf(c.get("deps"), conference);
    const form = emptyForm({ day: conference.startsOn, start: "09:30", end: "10:30" });
    return sessionFormPage(c, { conference, tracks: p.tracks, speakers: p.speakers, form });
  });
  const postSession = (edit: boolean) => async (c: Managing) => {
    const { conference } = c.var;
    const p = await programmeOf(c.get("deps"), conference);
    const sessionId = edit ? c.req.param("id") : undefined;
    if (edit && !p.sessions.some((s) => s.id === sessionId)) return c.notFound();
    const { fields, values } = await readPosted(c, ["speakerIds"]);
    const parsed = sessionForm.safeParse(fields);
    const form: FormState = { values, errors: {} };
    try {
      await saveSession(
        c.get("deps"),
        c.get("actor"),
        conference,
        parsed.success ? parsed.data : fields,
        sessionId,
      );
      return redirectWithFlash(c, `/conferences/${conference.slug}/manage`, {
        kind: "success",
        key: "conferences.saved",
      });
    } catch (err) {
      const shown = withServiceErrors(c, form, err);
      return sessionFormPage(
        c,
        { conference, tracks: p.tracks, speakers: p.speakers, form: shown, sessionId },
        422,
      );
    }
  };
  r.post("/conferences/:slug/sessions", ...managingConference, postSession(false));
  r.get("/conferences/:slug/sessions/:id/edit", ...managingConference, async (c) => {
    const { conference } = c.var;
    const p = await programmeOf(c.get("deps"), conference);
    const s = p.sessions.find((x) => x.id === c.req.param("id"));
    if (!s) return c.notFound();
    const tz = conference.timeZone;
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
      conference,
      tracks: p.tracks,
      speakers: p.speakers,
      form,
      sessionId: s.id,
    });
  });
  r.post("/conferences/:slug/sessions/:id/edit", ...managingConference, postSession(true));

  // Speakers
  r.get("/conferences/:slug/speakers/new", ...managingConference, async (c) => {
    const { conference } = c.var;
    return speakerFormPage(c, { conference, form: emptyForm() });
  });
  const postSpeaker = (edit: boolean) => async (c: Managing) => {
    const { conference } = c.var;
    const p = await programmeOf(c.get("deps"), conference);
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
      await saveSpeaker(c.get("deps"), c.get("actor"), conference, input, photo, speaker?.id);
      return redirectWithFlash(c, `/conferences/${conference.slug}/manage`, {
        kind: "success",
        key: "conferences.saved",
      });
    } catch (err) {
      return speakerFormPage(
        c,
        { conference, form: withServiceErrors(c, form, err), speaker },
        statusOf(err),
      );
    }
  };
  r.post("/conferences/:slug/speakers", ...managingConference, postSpeaker(false));
  r.get("/conferences/:slug/speakers/:id/edit", ...managingConference, async (c) => {
    const { conference } = c.var;
    const s = (await programmeOf(c.get("deps"), conference)).speakers.find((x) => x.id === c.req.param("id"));
    if (!s) return c.notFound();
    const form = emptyForm({
      name: s.name,
      role: s.role,
      affiliation: s.affiliation,
      bio: s.bio,
      photoAlt: s.photo?.alt ?? "",
    });
    return speakerFormPage(c, { conference, form, speaker: s });
  });
  r.post("/conferences/:slug/speakers/:id/edit", ...managingConference, postSpeaker(true));

  // Removing a session, speaker or track: the button sits on its edit page.
  for (const what of ["session", "speaker", "track"] as const) {
    r.post(`/conferences/:slug/${what}s/:id/delete`, ...managingConference, async (c) => {
      const { conference } = c.var;
      const to = `/conferences/${conference.slug}/manage`;
      try {
        await removeFromProgramme(c.get("deps"), c.get("actor"), conference, what, c.req.param("id") ?? "");
      } catch (err) {
        if (!(err instanceof AppError) || err.status !== 409) throw err;
        return redirectWithFlash(c, to, { kind: "danger", key: err.message });
      }
      return redirectWithFlash(c, to, { kind: "success", key: "conferences.removed" });
    });
  }

  // Check-in
  r.get("/conferences/:slug/check-in", ...managingConference, async (c) => {
    const { conference } = c.var;
    const deps = c.get("deps");
    const registrations = await attendanceList(deps, c.get("actor"), conference);
    return checkInPage(c, {
      conference,
      registrations,
      form: emptyForm({ code: c.req.query("code") ?? "" }),
      open: checkInOpen(conference, deps.clock.now()),
    });
  });
  r.post("/conferences/:slug/check-in", ...managingConference, async (c) => {
    const { conference } = c.var;
    const deps = c.get("deps");
    const { fields, values } = await readPosted(c);
    const t = c.get("t");
    let form: FormState = { values, errors: {} };
    let done: string | undefined;
    let status = 200;
    try {
      const res = await checkIn(deps, c.get("actor"), conference, String(fields.code ?? ""), {
        overrideReason: String(fields.reason ?? ""),
      });
      const key = res.already ? "conferences.checkIn.already" : "conferences.checkIn.done";
      done = t(key, { name: res.registration.name, code: showCheckInCode(res.registration.code) });
      form = emptyForm();
    } catch (err) {
      form = withServiceErrors(c, form, err, "code");
      status = 422;
    }
    const registrations = await attendanceList(deps, c.get("actor"), conference);
    const open = checkInOpen(conference, deps.clock.now());
    return checkInPage(c, { conference, registrations, form, done, open }, status);
  });

  return r;
}
