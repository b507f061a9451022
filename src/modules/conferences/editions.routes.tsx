// Coordinators' pages that move a conference with all its sessions, and make its next edition.
// Thin handlers: guard → read the form → one service call → redirect, or the same form again with
// the errors and the input kept (422).
import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/context.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { programmeOf } from "./conferences.service.ts";
import { duplicateConference, shiftConference } from "./editions.service.ts";
import { managingConference, readPosted, statusOf, withServiceErrors } from "./http.ts";
import { duplicateForm, shiftForm } from "./schema.ts";
import { duplicateFormPage, shiftFormPage } from "./views/editions.tsx";
import { addDays } from "./when.ts";

export function editionRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/conferences/:slug/shift", ...managingConference, async (c) => {
    const { conference } = c.var;
    const sessions = (await programmeOf(c.get("deps"), conference)).sessions.length;
    return shiftFormPage(c, { conference, sessions, form: emptyForm() });
  });

  r.post("/conferences/:slug/shift", ...managingConference, async (c) => {
    const { conference } = c.var;
    const deps = c.get("deps");
    const { fields, values } = await readPosted(c);
    const parsed = shiftForm.safeParse(fields);
    const form: FormState = { values, errors: {} };
    try {
      await shiftConference(deps, c.get("actor"), conference, parsed.success ? parsed.data : fields);
      return redirectWithFlash(c, `/conferences/${conference.slug}/manage`, {
        kind: "success",
        key: "conferences.saved",
      });
    } catch (err) {
      const shown = withServiceErrors(c, form, err, "days");
      const sessions = (await programmeOf(deps, conference)).sessions.length;
      return shiftFormPage(c, { conference, sessions, form: shown }, statusOf(err));
    }
  });

  r.get("/conferences/:slug/duplicate", ...managingConference, async (c) => {
    const { conference } = c.var;
    // A year later, the same weekday: a starting point to change.
    const form = emptyForm({
      title: conference.title,
      startsOn: addDays(conference.startsOn, 364),
      registrationOpen: "on",
    });
    return duplicateFormPage(c, { conference, form });
  });

  r.post("/conferences/:slug/duplicate", ...managingConference, async (c) => {
    const { conference } = c.var;
    const { fields, values } = await readPosted(c);
    const parsed = duplicateForm.safeParse(fields);
    const form: FormState = { values, errors: {} };
    try {
      const edition = await duplicateConference(
        c.get("deps"),
        c.get("actor"),
        conference,
        parsed.success ? parsed.data : fields,
      );
      return redirectWithFlash(c, `/conferences/${edition.slug}/manage`, {
        kind: "success",
        key: "conferences.duplicate.done",
      });
    } catch (err) {
      return duplicateFormPage(c, { conference, form: withServiceErrors(c, form, err) }, statusOf(err));
    }
  });

  return r;
}
