// The forms coordinators use to create a lab and a meeting; errors are shown on the same form with
// the input kept.

import { VISIBILITIES } from "../../../platform/auth/index.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Checkbox,
  type FormState,
  SelectField,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import { formPage, SeparateAction } from "../../../platform/ui/form-page.tsx";
import type { Lab } from "../labs.types.ts";
import { MEETING_MODES, MEETING_REGISTRATIONS } from "../tables.ts";

const visibilityOptions = (c: Ctx) =>
  VISIBILITIES.map((v) => ({ value: v, label: c.get("t")(`labs.visibility.${v}`) }));

export function labFormPage(c: Ctx, network: { slug: string; name: string }, form: FormState, status = 200) {
  const t = c.get("t");
  const title = t("labs.newIn", { network: network.name });
  const labels = {
    title: t("labs.titleField"),
    theme: t("labs.theme"),
    objectives: t("labs.objectives"),
    subThemes: t("labs.subThemes"),
    description: t("labs.description"),
    periodStart: t("labs.periodStart"),
    periodEnd: t("labs.periodEnd"),
    venue: t("labs.venue"),
    visibility: t("labs.visibility"),
  };
  return formPage(
    c,
    {
      title,
      breadcrumbs: [
        { href: `/networks/${network.slug}`, label: network.name },
        { href: "/labs", label: t("labs.title") },
        { label: t("labs.new") },
      ],
      form,
      labels,
      action: `/networks/${network.slug}/labs`,
      submit: t("labs.create"),
      children: (
        <>
          <TextField form={form} name="title" label={labels.title} required maxlength={200} />
          <TextField form={form} name="theme" label={labels.theme} maxlength={200} />
          <TextArea
            form={form}
            name="objectives"
            label={labels.objectives}
            hint={t("labs.objectivesHint")}
            rows={5}
          />
          <TextArea
            form={form}
            name="subThemes"
            label={labels.subThemes}
            hint={t("labs.subThemesHint")}
            rows={3}
          />
          <TextArea form={form} name="description" label={labels.description} rows={5} />
          <TextField
            form={form}
            name="periodStart"
            label={labels.periodStart}
            hint="AAAA-MM-GG / YYYY-MM-DD"
          />
          <TextField form={form} name="periodEnd" label={labels.periodEnd} hint="AAAA-MM-GG / YYYY-MM-DD" />
          <TextField form={form} name="venue" label={labels.venue} maxlength={300} />
          <SelectField
            form={form}
            name="visibility"
            label={labels.visibility}
            options={visibilityOptions(c)}
          />
        </>
      ),
    },
    status,
  );
}

/** The meeting form, new (default) or editing an existing meeting (`edit`: its page and a cancel form). */
export function meetingFormPage(
  c: Ctx,
  lab: Lab,
  form: FormState,
  status = 200,
  edit?: { meeting: { slug: string; title: string; status: string } },
) {
  const t = c.get("t");
  const title = edit ? t("labs.edit.title", { title: edit.meeting.title }) : t("labs.meetings.new");
  const base = edit ? `/labs/${lab.slug}/meetings/${edit.meeting.slug}` : null;
  const labels = {
    title: t("labs.titleField"),
    kind: t("labs.meetings.kind"),
    mode: t("labs.meetings.mode"),
    venue: t("labs.venue"),
    address: t("labs.meetings.address"),
    accessibilityNotes: t("labs.meetings.accessibility"),
    onlineUrl: t("labs.meetings.onlineUrl"),
    description: t("labs.description"),
    startsAt: t("labs.meetings.startsAt"),
    endsAt: t("labs.meetings.endsAt"),
    timeZone: t("labs.meetings.timeZone"),
    capacity: t("labs.meetings.capacity"),
    registrationOpensAt: t("labs.meetings.registrationOpensAt"),
    registrationClosesAt: t("labs.meetings.registrationClosesAt"),
    waitlist: t("labs.meetings.waitlist"),
    visibility: t("labs.visibility"),
    registration: t("labs.meetings.registration"),
    agenda: t("labs.meetings.agenda"),
    questions: t("labs.questions.field"),
  };
  const timeHint = t("labs.meetings.timeHint");
  return formPage(
    c,
    {
      title,
      lead: lab.title,
      breadcrumbs: [
        { href: "/labs", label: t("labs.title") },
        { href: `/labs/${lab.slug}`, label: lab.title },
        ...(edit && base ? [{ href: base, label: edit.meeting.title }] : []),
        { label: edit ? t("labs.edit.crumb") : title },
      ],
      form,
      labels,
      action: base ? `${base}/edit` : `/labs/${lab.slug}/meetings`,
      submit: edit ? t("labs.edit.save") : t("labs.meetings.create"),
      after:
        edit && base && edit.meeting.status === "scheduled" ? (
          <SeparateAction
            c={c}
            id="cancel-meeting"
            heading={t("labs.edit.cancelTitle")}
            hint={t("labs.edit.cancelHint")}
            action={`${base}/cancel-meeting`}
            label={t("labs.edit.cancel")}
          />
        ) : undefined,
      children: (
        <>
          <TextField form={form} name="title" label={labels.title} required maxlength={200} />
          <TextField form={form} name="kind" label={labels.kind} maxlength={60} />
          <SelectField
            form={form}
            name="mode"
            label={labels.mode}
            required
            options={MEETING_MODES.map((m) => ({ value: m, label: t(`labs.meetings.mode.${m}`) }))}
          />
          <TextField form={form} name="startsAt" label={labels.startsAt} required hint={timeHint} />
          <TextField form={form} name="endsAt" label={labels.endsAt} required hint={timeHint} />
          <TextField form={form} name="timeZone" label={labels.timeZone} required />
          <TextField form={form} name="venue" label={labels.venue} maxlength={300} />
          <TextField form={form} name="address" label={labels.address} maxlength={300} />
          <TextArea form={form} name="accessibilityNotes" label={labels.accessibilityNotes} rows={2} />
          <TextField
            form={form}
            name="onlineUrl"
            type="url"
            label={labels.onlineUrl}
            hint={t("labs.meetings.onlineUrlHint")}
          />
          <TextArea form={form} name="description" label={labels.description} rows={4} />
          <TextField
            form={form}
            name="capacity"
            label={labels.capacity}
            hint={t("labs.meetings.capacityHint")}
          />
          <TextField
            form={form}
            name="registrationOpensAt"
            label={labels.registrationOpensAt}
            hint={timeHint}
          />
          <TextField
            form={form}
            name="registrationClosesAt"
            label={labels.registrationClosesAt}
            hint={timeHint}
          />
          <Checkbox form={form} name="waitlist" label={labels.waitlist} />
          <SelectField
            form={form}
            name="visibility"
            label={labels.visibility}
            options={visibilityOptions(c)}
          />
          <SelectField
            form={form}
            name="registration"
            label={labels.registration}
            hint={t("labs.meetings.registrationHint")}
            options={MEETING_REGISTRATIONS.map((v) => ({
              value: v,
              label: t(`labs.meetings.registration.${v}`),
            }))}
          />
          <TextArea
            form={form}
            name="agenda"
            label={labels.agenda}
            hint={t("labs.meetings.agendaHint")}
            rows={5}
          />
          <TextArea
            form={form}
            name="questions"
            label={labels.questions}
            hint={t("labs.questions.hint")}
            rows={3}
          />
        </>
      ),
    },
    status,
  );
}
