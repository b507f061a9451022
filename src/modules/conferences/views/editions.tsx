// The coordinators' forms that move a conference in time (all its sessions with it) and make its
// next edition; both work without JavaScript and come back with the errors and the input kept.
import type { Ctx } from "../../../platform/http/context.ts";
import { Checkbox, type FormState, TextField } from "../../../platform/ui/components.tsx";
import type { Conference } from "../types.ts";
import { dayRange, daysFrom } from "../when.ts";
import { formPage } from "./form-page.tsx";

export function shiftFormPage(
  c: Ctx,
  d: { conference: Conference; sessions: number; form: FormState },
  status = 200,
) {
  const t = c.get("t");
  const conf = d.conference;
  const labels = { days: t("conferences.shift.days") };
  return formPage(
    c,
    {
      title: t("conferences.shift.title"),
      lead: t("conferences.shift.lead", {
        title: conf.title,
        dates: dayRange(c.get("lang"), conf.startsOn, conf.endsOn),
        sessions: d.sessions,
        zone: conf.timeZone,
      }),
      conference: conf,
      labels,
      form: d.form,
      action: `/conferences/${conf.slug}/shift`,
      submit: t("conferences.shift.submit"),
      children: (
        <TextField
          form={d.form}
          name="days"
          label={labels.days}
          required
          hint={t("conferences.shift.daysHint")}
          autocomplete="off"
          maxlength={6}
        />
      ),
    },
    status,
  );
}

export function duplicateFormPage(c: Ctx, d: { conference: Conference; form: FormState }, status = 200) {
  const t = c.get("t");
  const conf = d.conference;
  const labels = {
    title: t("conferences.duplicate.name"),
    startsOn: t("conferences.duplicate.startsOn"),
    registrationOpen: t("conferences.duplicate.registrationOpen"),
  };
  return formPage(
    c,
    {
      title: t("conferences.duplicate.title"),
      lead: t("conferences.duplicate.lead", { title: conf.title }),
      conference: conf,
      labels,
      form: d.form,
      action: `/conferences/${conf.slug}/duplicate`,
      submit: t("conferences.duplicate.submit"),
      children: (
        <>
          <TextField form={d.form} name="title" label={labels.title} required maxlength={200} />
          <TextField
            form={d.form}
            name="startsOn"
            label={labels.startsOn}
            required
            hint={t("conferences.duplicate.startsOnHint", { days: daysFrom(conf.startsOn, conf.endsOn) + 1 })}
            autocomplete="off"
            maxlength={10}
          />
          <Checkbox form={d.form} name="registrationOpen" label={labels.registrationOpen} />
        </>
      ),
    },
    status,
  );
}
