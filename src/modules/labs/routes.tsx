// Pages of labs and meetings. Thin handlers: validate → authorise → one service call → render.
// Whatever a viewer may not see is a 404 (services throw it); refusals inside a network a person can
// see are 403 (identity's refuseInNetwork).

import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { readForm, validateForm } from "../../platform/http/forms.ts";
import { requireActor } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { renderMarkdown } from "../../platform/markdown.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { qrSvg } from "../../platform/ui/qr.ts";
import { networkById } from "../identity/index.ts";
import { creatingLab, managingLab } from "./guards.ts";
import { createLab, getLab, listLabs } from "./labs.service.ts";
import type { Lab, Meeting } from "./labs.types.ts";
import { labsOverviewOf } from "./labs-overview.service.ts";
import { listMaterials } from "./materials/service.ts";
import { attendanceRoutes } from "./meetings/attendance.routes.tsx";
import { calendarRoutes, icsResponse } from "./meetings/calendar.routes.tsx";
import { calendarLinks, calendarOf, meetingUrl } from "./meetings/ical.ts";
import { meetingAdminRoutes } from "./meetings/meeting-admin.routes.tsx";
import { programmeRows } from "./meetings/programme.service.ts";
import { createMeeting, getMeeting, programmeOf } from "./meetings/service.ts";
import { canManageLab, canRegisterFor } from "./policy.ts";
import {
  cancelRegistration,
  myRegistration,
  RegistrationError,
  register,
  registrationBlock,
} from "./registrations/service.ts";
import { LabForm, MeetingForm } from "./schema.ts";
import { labFormPage, meetingFormPage } from "./views/forms.tsx";
import { labPage } from "./views/lab-page.tsx";
import { labsListPage } from "./views/labs-list.tsx";
import { meetingPage } from "./views/meeting-page.tsx";
import { onlineLinkFor } from "./when.ts";
import "./messages.ts";
import "./meetings/messages.programme.ts";

/** A service's 422 shown on the form it came from (field messages are catalogue keys). */
function withServiceErrors(c: Ctx, form: FormState, err: unknown): FormState {
  if (!(err instanceof AppError) || err.status !== 422) throw err;
  const t = c.get("t");
  const errors = { ...form.errors };
  for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
  return { values: form.values, errors };
}

const ics = icsResponse;

async function meetingFromPath(c: Ctx, light = false) {
  return getMeeting(
    c.get("deps"),
    c.get("actor"),
    { labSlug: c.req.param("slug") ?? "", slug: c.req.param("meetingSlug") ?? "" },
    light,
  );
}

/** The meeting page for the viewer (with the register form's state after a refused submission). */
async function showMeeting(c: Ctx, found: { lab: Lab; meeting: Meeting }, form?: FormState, status = 200) {
  const deps = c.get("deps");
  const actor = c.get("actor");
  const { lab, meeting } = found;
  const [mine, materials] = await Promise.all([
    myRegistration(deps, actor, meeting.id),
    // What was shared for this meeting (slides, recordings, links), as the lab's materials page shows it.
    listMaterials(deps, actor, lab).then((all) => all.filter((x) => x.meetingId === meeting.id)),
  ]);
  const now = deps.clock.now();
  // The clock's reasons first; then a reservation to public administrations (decision 0052), told to
  // everyone who is not a PA member of the network (signed out: in words that invite signing in).
  const block =
    registrationBlock(
      {
        status: meeting.status,
        starts_at: meeting.startsAt,
        registration_opens_at: meeting.registrationOpensAt,
        registration_closes_at: meeting.registrationClosesAt,
      },
      now,
    ) ?? (canRegisterFor(actor, lab, meeting) ? null : actor ? "labs.reg.paOnly" : "labs.reg.paOnlySignIn");
  const base = meetingUrl(deps.config.baseUrl, lab, meeting);
  const qr =
    mine?.status === "confirmed" && meeting.status === "scheduled"
      ? await qrSvg(`${base}/check-in?code=${encodeURIComponent(mine.code)}`)
      : null;
  return meetingPage(
    c,
    {
      lab,
      meeting,
      reg: {
        mine,
        block,
        signedIn: Boolean(actor),
        onlineLink: onlineLinkFor(meeting, mine, now),
        qrSvg: qr,
        ...(form ? { form } : {}),
      },
      calendarLinks: calendarLinks(deps.config.baseUrl, lab, meeting),
      canManage: canManageLab(actor, lab),
      materials,
      // Minutes sit under the page's own "Minutes" heading (h2): `#` becomes <h3>.
      minutesHtml: renderMarkdown(meeting.minutes, { headingOffset: 2 }),
    },
    status,
  );
}

/** The lab page, its programme as the viewer reads it (after a refused row button: its status). */
async function showLab(c: Ctx, lab: Lab, status = 200) {
  const deps = c.get("deps");
  const actor = c.get("actor");
  const [network, rows] = await Promise.all([
    networkById(deps, lab.networkId),
    programmeRows(deps, actor, lab),
  ]);
  return labPage(c, { lab, network, rows, canManage: canManageLab(actor, lab) }, status);
}

export function labRoutes() {
  const r = new Hono<AppEnv>();
  r.route("/", calendarRoutes());
  r.route("/", meetingAdminRoutes());
  r.route("/", attendanceRoutes());

  r.get("/labs", async (c) => {
    const deps = c.get("deps");
    const labs = await listLabs(deps, c.get("actor"));
    // Each lab says whose it is: the networks of the listed labs, once each.
    const ids = [...new Set(labs.map((l) => l.networkId))];
    const [networks, overview] = await Promise.all([
      Promise.all(ids.map(async (id) => [id, await networkById(deps, id)] as const)).then((e) => new Map(e)),
      labsOverviewOf(deps, c.get("actor"), labs),
    ]);
    return labsListPage(c, labs, networks, overview);
  });

  r.get("/networks/:slug/labs/new", ...creatingLab, async (c) =>
    labFormPage(c, c.get("network"), emptyForm({ visibility: "network" })),
  );

  r.post("/networks/:slug/labs", ...creatingLab, async (c) => {
    const network = c.get("network");
    const v = await validateForm(c, LabForm);
    if (!v.ok) return labFormPage(c, network, v.form, 422);
    try {
      const lab = await createLab(c.get("deps"), c.get("actor"), network.id, v.data);
      return redirectWithFlash(c, `/labs/${lab.slug}`, { kind: "success", key: "labs.created" });
    } catch (err) {
      return labFormPage(c, network, withServiceErrors(c, v.form, err), 422);
    }
  });

  r.get("/labs/:slug", async (c) =>
    showLab(c, await getLab(c.get("deps"), c.get("actor"), c.req.param("slug"))),
  );

  r.get("/labs/:slug/calendar.ics", async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const lab = await getLab(deps, actor, c.req.param("slug"));
    const meetings = await programmeOf(deps, actor, lab);
    const body = calendarOf(
      { baseUrl: deps.config.baseUrl, name: lab.title, now: deps.clock.now() },
      meetings.map((meeting) => ({ lab, meeting })),
    );
    return ics(c, body, `${lab.slug}.ics`);
  });

  r.get("/labs/:slug/meetings/new", ...managingLab, async (c) => {
    const lab = c.get("lab");
    return meetingFormPage(
      c,
      lab,
      emptyForm({ timeZone: "Europe/Rome", mode: "in-person", waitlist: "on", visibility: lab.visibility }),
    );
  });

  r.post("/labs/:slug/meetings", ...managingLab, async (c) => {
    const lab = c.get("lab");
    const v = await validateForm(c, MeetingForm);
    if (!v.ok) return meetingFormPage(c, lab, v.form, 422);
    try {
      const m = await createMeeting(c.get("deps"), c.get("actor"), lab, v.data);
      return redirectWithFlash(c, `/labs/${lab.slug}/meetings/${m.slug}`, {
        kind: "success",
        key: "labs.meetings.created",
      });
    } catch (err) {
      return meetingFormPage(c, lab, withServiceErrors(c, v.form, err), 422);
    }
  });

  r.get("/labs/:slug/meetings/:meetingSlug", async (c) => showMeeting(c, await meetingFromPath(c)));

  r.get("/labs/:slug/meetings/:meetingSlug/calendar.ics", async (c) => {
    const deps = c.get("deps");
    const { lab, meeting } = await meetingFromPath(c);
    const body = calendarOf({ baseUrl: deps.config.baseUrl, name: meeting.title, now: deps.clock.now() }, [
      { lab, meeting },
    ]);
    return ics(c, body, `${meeting.slug}.ics`);
  });

  // Register and cancel: the outcome (or the reason for a refusal) is a message on the meeting page.
  for (const action of ["register", "cancel"] as const) {
    r.post(`/labs/:slug/meetings/:meetingSlug/${action}`, requireActor(), async (c) => {
      // Registering needs the meeting's questions only (a refused form re-reads it in full).
      const { lab, meeting } = await meetingFromPath(c, action === "register");
      const form = await readForm(c);
      // The programme's row buttons post `from=lab`: the answer comes back to the lab page, at the row.
      // The person's area posts `from=me` (cancel only): the answer comes back there.
      const fromLab = form.from === "lab";
      const back = fromLab
        ? `/labs/${lab.slug}#meeting-${meeting.slug}`
        : form.from === "me"
          ? "/me#me-meetings"
          : `/labs/${lab.slug}/meetings/${meeting.slug}`;
      try {
        if (action === "register") {
          const answers: Record<string, string> = {};
          for (const [k, v] of Object.entries(form)) if (k.startsWith("q_")) answers[k.slice(2)] = v;
          let r: Awaited<ReturnType<typeof register>>;
          try {
            r = await register(c.get("deps"), c.get("actor"), meeting.id, answers, { lab, meeting });
          } catch (err) {
            // Missing or too long answers: the meeting page again, with the answers kept.
            if (!(err instanceof AppError) || err.status !== 422) throw err;
            const t = c.get("t");
            const errors: Record<string, string> = {};
            for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
            return showMeeting(c, await meetingFromPath(c), { values: form, errors }, 422);
          }
          const key =
            r.status === "confirmed" ? "labs.reg.registeredConfirmed" : "labs.reg.registeredWaitlisted";
          return redirectWithFlash(c, back, { kind: "success", key });
        }
        await cancelRegistration(c.get("deps"), c.get("actor"), meeting.id);
        return redirectWithFlash(c, back, { kind: "success", key: "labs.reg.cancelled" });
      } catch (err) {
        // A refusal (already registered: 409, full, closed, email not verified…) answers with its own
        // status and the meeting page again, the reason at its top: the browser stays on the page.
        if (err instanceof RegistrationError) {
          c.set("flash", { kind: "danger", key: err.key });
          if (fromLab) return showLab(c, lab, err.status);
          return showMeeting(c, await meetingFromPath(c), undefined, err.status);
        }
        throw err;
      }
    });
  }

  return r;
}
