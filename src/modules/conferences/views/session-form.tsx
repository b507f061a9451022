// The form of a session of the programme: its track, day and local times, places to book, speakers.
import type { Ctx } from "../../../platform/http/context.ts";
import { CheckboxGroup, type FormState, SelectField, TextField } from "../../../platform/ui/components.tsx";
import type { Conference, Speaker, Track } from "../types.ts";
import { daysBetween, longDay } from "../when.ts";
import { Span, TitleAndDescription } from "./form-fields.tsx";
import { formPage } from "./form-page.tsx";

export function sessionFormPage(
  c: Ctx,
  d: { conference: Conference; tracks: Track[]; speakers: Speaker[]; form: FormState; sessionId?: string },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const f = d.form;
  const labels = {
    title: t("conferences.session.title"),
    description: t("conferences.session.description"),
    trackId: t("conferences.session.track"),
    day: t("conferences.session.day"),
    start: t("conferences.session.start"),
    end: t("conferences.session.end"),
    capacity: t("conferences.session.capacity"),
    speakerIds: t("conferences.session.speakers"),
  };
  const slug = d.conference.slug;
  return formPage(
    c,
    {
      title: d.sessionId ? t("conferences.session.edit") : t("conferences.session.new"),
      conference: d.conference,
      labels,
      form: f,
      action: d.sessionId
        ? `/conferences/${slug}/sessions/${d.sessionId}/edit`
        : `/conferences/${slug}/sessions`,
      submit: d.sessionId ? t("conferences.save") : t("conferences.session.add"),
      remove: d.sessionId
        ? {
            action: `/conferences/${slug}/sessions/${d.sessionId}/delete`,
            hint: t("conferences.remove.sessionHint"),
            label: t("conferences.remove.session"),
          }
        : undefined,
      children: (
        <>
          <TitleAndDescription form={f} labels={labels} rows={3} maxlength={3000} />
          <SelectField
            form={f}
            name="trackId"
            label={labels.trackId}
            required
            options={d.tracks.map((x) => ({ value: x.id, label: x.room ? `${x.name} — ${x.room}` : x.name }))}
          />
          <SelectField
            form={f}
            name="day"
            label={labels.day}
            required
            options={daysBetween(d.conference.startsOn, d.conference.endsOn).map((x) => ({
              value: x,
              label: longDay(lang, x),
            }))}
          />
          <Span
            form={f}
            from={{ name: "start", label: labels.start }}
            to={{ name: "end", label: labels.end }}
            hint={t("conferences.session.timeHint", { zone: d.conference.timeZone })}
          />
          <TextField
            form={f}
            name="capacity"
            label={labels.capacity}
            hint={t("conferences.session.capacityHint")}
          />
          <CheckboxGroup
            form={f}
            name="speakerIds"
            legend={labels.speakerIds}
            options={d.speakers.map((s) => ({ value: s.id, label: s.name }))}
            empty={t("conferences.speakers.none")}
          />
        </>
      ),
    },
    status,
  );
}
