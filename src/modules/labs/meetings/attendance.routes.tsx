// Registrations list (with registering someone on their behalf), check-in, minutes and closing: pages
// for the lab's managers (signed out: to sign in; not visible: 404; visible, not a manager: 403).
import { Hono } from "hono";
import { AppError } from "../../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../../platform/http/context.ts";
import { readForm } from "../../../platform/http/forms.ts";
import { redirectWithFlash } from "../../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../../platform/ui/components.tsx";
import { managingMeeting } from "../guards.ts";
import type { Lab, Meeting } from "../labs.types.ts";
import { RegistrationError, registerOnBehalf } from "../registrations/service.ts";
import { attendancePage, checkInPage, minutesPage, type Notice } from "../views/attendance.tsx";
import {
  AttendanceError,
  attendanceOf,
  checkInCode,
  closeMeeting,
  MinutesConflict,
  saveMinutes,
} from "./attendance.service.ts";
import { getMeeting } from "./service.ts";
import "../messages.ts";

const PATH = "/labs/:slug/meetings/:meetingSlug";
const baseOf = (lab: Lab, m: Meeting) => `/labs/${lab.slug}/meetings/${m.slug}`;

/** Field errors of a 422 translated for the form; anything else is rethrown. */
function fieldErrorsOf(c: Ctx, err: unknown): Record<string, string> {
  if (!(err instanceof AppError) || err.status !== 422) throw err;
  const t = c.get("t");
  const errors: Record<string, string> = {};
  for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
  return errors;
}

export function attendanceRoutes() {
  const r = new Hono<AppEnv>();

  const attendance = async (
    c: Ctx,
    found: { lab: Lab; meeting: Meeting },
    form: FormState,
    status = 200,
    notice?: Notice,
  ) =>
    attendancePage(
      c,
      {
        ...found,
        entries: await attendanceOf(c.get("deps"), found.meeting),
        form,
        canClose: found.meeting.startsAt <= c.get("deps").clock.now(),
        ...(notice ? { notice } : {}),
      },
      status,
    );

  r.get(`${PATH}/registrations`, ...managingMeeting, async (c) => attendance(c, c.get("found"), emptyForm()));

  r.post(`${PATH}/registrations`, ...managingMeeting, async (c) => {
    const found = c.get("found");
    const values = await readForm(c);
    const answers: Record<string, string> = {};
    for (const [k, v] of Object.entries(values)) if (k.startsWith("q_")) answers[k.slice(2)] = v;
    try {
      const deps = c.get("deps");
      const res = await registerOnBehalf(deps, c.get("actor"), found.meeting.id, {
        email: values.email ?? "",
        answers,
      });
      // The page itself is the answer (with the new row), so the message can name the person.
      const fresh = await getMeeting(deps, c.get("actor"), { id: found.meeting.id });
      const key =
        res.status === "confirmed" ? "labs.attendance.registered" : "labs.attendance.registeredWaiting";
      return attendance(c, fresh, emptyForm(), 200, {
        kind: "success",
        text: c.get("t")(key, { name: res.name }),
      });
    } catch (err) {
      if (err instanceof RegistrationError) {
        const key = err.key === "labs.reg.already" ? "labs.attendance.already" : err.key;
        return attendance(
          c,
          found,
          { values, errors: { email: c.get("t")(key) } },
          err.status === 409 ? 409 : 422,
        );
      }
      return attendance(c, found, { values, errors: fieldErrorsOf(c, err) }, 422);
    }
  });

  r.post(`${PATH}/close`, ...managingMeeting, async (c) => {
    const { lab, meeting } = c.get("found");
    try {
      if (meeting.startsAt > c.get("deps").clock.now())
        throw new AttendanceError(409, "meeting-not-started", "labs.close.notYet");
      await closeMeeting(c.get("deps"), meeting); // the meeting page then shows the figures
      return redirectWithFlash(c, baseOf(lab, meeting), { kind: "success", key: "labs.close.done" });
    } catch (err) {
      if (!(err instanceof AttendanceError)) throw err;
      return redirectWithFlash(c, `${baseOf(lab, meeting)}/registrations`, { kind: "danger", key: err.key });
    }
  });

  const checkIn = async (
    c: Ctx,
    found: { lab: Lab; meeting: Meeting },
    form: FormState,
    status = 200,
    notice?: Notice,
  ) => {
    const entries = await attendanceOf(c.get("deps"), found.meeting);
    return checkInPage(
      c,
      {
        ...found,
        form,
        present: entries.filter((e) => e.checkedInAt).length,
        confirmed: entries.filter((e) => e.status === "confirmed").length,
        ...(notice ? { notice } : {}),
      },
      status,
    );
  };

  // Opened by typing the address or by scanning a participant's QR code (?code=…): it only fills in
  // the form; checking in is the POST.
  r.get(`${PATH}/check-in`, ...managingMeeting, async (c) => {
    const found = c.get("found");
    return checkIn(c, found, emptyForm({ code: (c.req.query("code") ?? "").slice(0, 40) }));
  });

  r.post(`${PATH}/check-in`, ...managingMeeting, async (c) => {
    const found = c.get("found");
    const values = await readForm(c);
    const t = c.get("t");
    try {
      const res = await checkInCode(c.get("deps"), found.meeting, values.code ?? "");
      // Answered with the page itself (an empty form for the next person) and a message naming who
      // was checked in; posting the same code again only says they already were.
      return checkIn(c, found, emptyForm(), 200, {
        kind: res.already ? "info" : "success",
        text: res.already
          ? t("labs.checkin.already", { name: res.name })
          : t("labs.checkin.done", { name: res.name }),
      });
    } catch (err) {
      if (err instanceof AttendanceError)
        return checkIn(
          c,
          found,
          { values, errors: { code: t(err.key, err.params) } },
          err.status === 404 ? 404 : 409,
        );
      return checkIn(c, found, { values, errors: fieldErrorsOf(c, err) }, 422);
    }
  });

  r.get(`${PATH}/minutes`, ...managingMeeting, async (c) => {
    const { lab, meeting } = c.get("found");
    return minutesPage(c, {
      lab,
      meeting,
      form: emptyForm({ minutes: meeting.minutes ?? "", baseVersion: String(meeting.minutesVersion) }),
    });
  });

  r.post(`${PATH}/minutes`, ...managingMeeting, async (c) => {
    const actor = c.get("actor");
    const { lab, meeting } = c.get("found");
    const values = await readForm(c);
    const baseVersion = Number(values.baseVersion);
    try {
      await saveMinutes(c.get("deps"), actor, meeting, {
        minutes: values.minutes ?? "",
        baseVersion: Number.isInteger(baseVersion) && baseVersion >= 0 ? baseVersion : -1,
      });
      return redirectWithFlash(c, baseOf(lab, meeting), { kind: "success", key: "labs.minutes.saved" });
    } catch (err) {
      if (err instanceof MinutesConflict)
        // The person's text stays in the editor; the form now carries the current version, so saving
        // again is a deliberate choice after reading what the other person wrote.
        return minutesPage(
          c,
          {
            lab,
            meeting,
            form: emptyForm({ minutes: values.minutes ?? "", baseVersion: String(err.current.version) }),
            conflict: { minutes: err.current.minutes },
          },
          409,
        );
      return minutesPage(c, { lab, meeting, form: { values, errors: fieldErrorsOf(c, err) } }, 422);
    }
  });

  return r;
}
