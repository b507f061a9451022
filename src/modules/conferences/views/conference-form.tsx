// The form of a conference itself (new in a network, or edited): title, dates and time zone, venue,
// linked lab, whether registration is open.
import type { Ctx } from "../../../platform/http/context.ts";
import { Checkbox, type FormState, SelectField, TextField } from "../../../platform/ui/components.tsx";
import type { Conference } from "../types.ts";
import { Span, TitleAndDescription } from "./form-fields.tsx";
import { formPage } from "./form-page.tsx";

export function conferenceFormPage(
  c: Ctx,
  d: {
    network: { slug: string; name: string };
    labs: { id: string; title: string }[];
    form: FormState;
    conference?: Conference;
  },
  status = 200,
) {
  const t = c.get("t");
  const labels = {
    title: t("conferences.form.title"),
    description: t("conferences.form.description"),
    venue: t("conferences.form.venue"),
    timeZone: t("conferences.form.timeZone"),
    startsOn: t("conferences.form.startsOn"),
    endsOn: t("conferences.form.endsOn"),
    lab: t("conferences.form.lab"),
    registrationOpen: t("conferences.form.registrationOpen"),
  };
  const f = d.form;
  return formPage(
    c,
    {
      title: d.conference ? t("conferences.edit") : t("conferences.newIn", { network: d.network.name }),
      conference: d.conference,
      labels,
      form: f,
      action: d.conference
        ? `/conferences/${d.conference.slug}/edit`
        : `/networks/${d.network.slug}/conferences`,
      submit: d.conference ? t("conferences.save") : t("conferences.create"),
      children: (
        <>
          <TitleAndDescription form={f} labels={labels} rows={5} maxlength={5000} />
          <TextField form={f} name="venue" label={labels.venue} maxlength={300} />
          <Span
            form={f}
            from={{ name: "startsOn", label: labels.startsOn }}
            to={{ name: "endsOn", label: labels.endsOn }}
            hint={t("conferences.form.dayHint")}
          />
          <TextField
            form={f}
            name="timeZone"
            label={labels.timeZone}
            required
            hint={t("conferences.form.timeZoneHint")}
          />
          <SelectField
            form={f}
            name="lab"
            label={labels.lab}
            options={[
              { value: "", label: t("conferences.form.noLab") },
              ...d.labs.map((l) => ({ value: l.id, label: l.title })),
            ]}
          />
          <Checkbox form={f} name="registrationOpen" label={labels.registrationOpen} />
        </>
      ),
    },
    status,
  );
}
