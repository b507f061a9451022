// Pages coordinators use to change a meeting: edit (move, change place or capacity) and cancel.
// Not visible: 404; visible but not theirs to manage: 403; signed out: to sign in.
import { Hono } from "hono";
import { AppError } from "../../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../../platform/http/context.ts";
import { validateForm } from "../../../platform/http/forms.ts";
import { redirectWithFlash } from "../../../platform/http/middleware.ts";
import type { FormState } from "../../../platform/ui/components.tsx";
import { managingMeeting } from "../guards.ts";
import { MeetingForm, meetingFormValues } from "../schema.ts";
import { meetingFormPage } from "../views/forms.tsx";
import { cancelMeeting, MeetingStateError, updateMeeting } from "./edit.service.ts";
import "../messages.ts";

/** A service's 422 on the form it came from; message keys translated with `params`. */
function withErrors(c: Ctx, form: FormState, err: unknown, params: Record<string, string | number> = {}) {
  if (!(err instanceof AppError) || err.status !== 422) throw err;
  const t = c.get("t");
  const errors = { ...form.errors };
  for (const e of err.fieldErrors) errors[e.field] ??= t(e.message, params);
  return { values: form.values, errors };
}

export function meetingAdminRoutes() {
  const r = new Hono<AppEnv>();
  const path = "/labs/:slug/meetings/:meetingSlug";

  r.get(`${path}/edit`, ...managingMeeting, async (c) => {
    const { lab, meeting } = c.get("found");
    return meetingFormPage(c, lab, { values: meetingFormValues(meeting), errors: {} }, 200, { meeting });
  });

  r.post(`${path}/edit`, ...managingMeeting, async (c) => {
    const { lab, meeting } = c.get("found");
    const back = `/labs/${lab.slug}/meetings/${meeting.slug}`;
    const v = await validateForm(c, MeetingForm);
    if (!v.ok) return meetingFormPage(c, lab, v.form, 422, { meeting });
    try {
      await updateMeeting(c.get("deps"), c.get("actor"), meeting.id, v.data);
      return redirectWithFlash(c, back, { kind: "success", key: "labs.edit.saved" });
    } catch (err) {
      if (err instanceof MeetingStateError)
        return redirectWithFlash(c, back, { kind: "danger", key: err.key });
      return meetingFormPage(c, lab, withErrors(c, v.form, err, { n: meeting.confirmed }), 422, { meeting });
    }
  });

  r.post(`${path}/cancel-meeting`, ...managingMeeting, async (c) => {
    const { lab, meeting } = c.get("found");
    const back = `/labs/${lab.slug}/meetings/${meeting.slug}`;
    try {
      await cancelMeeting(c.get("deps"), c.get("actor"), meeting.id);
      return redirectWithFlash(c, back, { kind: "success", key: "labs.edit.cancelled" });
    } catch (err) {
      if (err instanceof MeetingStateError)
        return redirectWithFlash(c, back, { kind: "danger", key: err.key });
      throw err;
    }
  });

  return r;
}
