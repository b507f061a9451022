// The forms coordinators use: a conference, a track, a session, a speaker. They work without
// JavaScript; errors are shown on the same form (summary + field), with the input kept.
import type { Child } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Checkbox,
  Csrf,
  ErrorSummary,
  FileField,
  type FormState,
  IMAGE_TYPES,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Conference, Speaker, Track } from "../types.ts";
import { daysBetween, longDay } from "../when.ts";

function formPage(
  c: Ctx,
  d: {
    title: string;
    conference?: Conference;
    labels: Record<string, string>;
    form: FormState;
    action: string;
    submit: string;
    multipart?: boolean;
    fields: Child;
    /** A separate form that removes the thing being edited. */
    remove?: { action: string; heading: string; hint: string; label: string };
  },
  status: number,
) {
  const t = c.get("t");
  return render(
    c,
    {
      title: d.title,
      breadcrumbs: [
        { href: "/conferences", label: t("conferences.title") },
        ...(d.conference ? [{ href: `/conferences/${d.conference.slug}`, label: d.conference.title }] : []),
        { label: d.title },
      ],
    },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{d.title}</h1>
        <ErrorSummary form={d.form} title={t("form.errorSummary")} labels={d.labels} />
        <form
          method="post"
          action={d.action}
          novalidate
          enctype={d.multipart ? "multipart/form-data" : undefined}
        >
          <Csrf token={c.get("csrfToken")()} />
          {d.fields}
          <SubmitButton label={d.submit} />
        </form>
        {d.remove ? (
          <section aria-labelledby="remove" class="mt-5">
            <h2 id="remove" class="h5">
              {d.remove.heading}
            </h2>
            <p>{d.remove.hint}</p>
            <form method="post" action={d.remove.action}>
              <Csrf token={c.get("csrfToken")()} />
              <SubmitButton kind="danger" label={d.remove.label} />
            </form>
          </section>
        ) : null}
        {d.conference ? (
          <p class="mt-4">
            <a href={`/conferences/${d.conference.slug}/manage`}>{t("conferences.manage.back")}</a>
          </p>
        ) : null}
      </div>
    </div>,
    status,
  );
}

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
  const req = t("form.requiredMark");
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
      fields: (
        <>
          <TextField
            form={f}
            name="title"
            label={labels.title}
            required
            requiredLabel={req}
            maxlength={200}
          />
          <TextArea form={f} name="description" label={labels.description} rows={5} maxlength={5000} />
          <TextField form={f} name="venue" label={labels.venue} maxlength={300} />
          <TextField
            form={f}
            name="startsOn"
            label={labels.startsOn}
            required
            requiredLabel={req}
            hint={t("conferences.form.dayHint")}
          />
          <TextField
            form={f}
            name="endsOn"
            label={labels.endsOn}
            required
            requiredLabel={req}
            hint={t("conferences.form.dayHint")}
          />
          <TextField
            form={f}
            name="timeZone"
            label={labels.timeZone}
            required
            requiredLabel={req}
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

export function trackFormPage(
  c: Ctx,
  d: { conference: Conference; form: FormState; track?: Track },
  status = 200,
) {
  const t = c.get("t");
  const labels = { name: t("conferences.track.name"), room: t("conferences.track.room") };
  const slug = d.conference.slug;
  return formPage(
    c,
    {
      title: d.track ? t("conferences.track.edit") : t("conferences.track.new"),
      conference: d.conference,
      labels,
      form: d.form,
      action: d.track ? `/conferences/${slug}/tracks/${d.track.id}/edit` : `/conferences/${slug}/tracks`,
      submit: d.track ? t("conferences.save") : t("conferences.track.add"),
      remove: d.track
        ? {
            action: `/conferences/${slug}/tracks/${d.track.id}/delete`,
            heading: t("conferences.remove.heading"),
            hint: t("conferences.remove.trackHint"),
            label: t("conferences.remove.track", { name: d.track.name }),
          }
        : undefined,
      fields: (
        <>
          <TextField
            form={d.form}
            name="name"
            label={labels.name}
            required
            requiredLabel={t("form.requiredMark")}
            maxlength={120}
          />
          <TextField form={d.form} name="room" label={labels.room} maxlength={120} />
        </>
      ),
    },
    status,
  );
}

export function sessionFormPage(
  c: Ctx,
  d: { conference: Conference; tracks: Track[]; speakers: Speaker[]; form: FormState; sessionId?: string },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const req = t("form.requiredMark");
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
  const chosen = new Set((f.values.speakerIds ?? "").split(",").filter(Boolean));
  const speakersError = f.errors.speakerIds;
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
            heading: t("conferences.remove.heading"),
            hint: t("conferences.remove.sessionHint"),
            label: t("conferences.remove.session"),
          }
        : undefined,
      fields: (
        <>
          <TextField
            form={f}
            name="title"
            label={labels.title}
            required
            requiredLabel={req}
            maxlength={200}
          />
          <TextArea form={f} name="description" label={labels.description} rows={3} maxlength={3000} />
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
          <TextField
            form={f}
            name="start"
            label={labels.start}
            required
            requiredLabel={req}
            hint={t("conferences.session.timeHint", { zone: d.conference.timeZone })}
          />
          <TextField
            form={f}
            name="end"
            label={labels.end}
            required
            requiredLabel={req}
            hint={t("conferences.session.timeHint", { zone: d.conference.timeZone })}
          />
          <TextField
            form={f}
            name="capacity"
            label={labels.capacity}
            hint={t("conferences.session.capacityHint")}
          />
          <fieldset class="mb-4" aria-describedby={speakersError ? "speakerIds-error" : undefined}>
            <legend class="h6" id="speakerIds">
              {labels.speakerIds}
            </legend>
            {d.speakers.length ? (
              d.speakers.map((s) => (
                <div class="form-check">
                  <input
                    id={`speakerIds-${s.id}`}
                    name="speakerIds"
                    type="checkbox"
                    value={s.id}
                    checked={chosen.has(s.id)}
                  />
                  <label for={`speakerIds-${s.id}`}>{s.name}</label>
                </div>
              ))
            ) : (
              <p>{t("conferences.speakers.none")}</p>
            )}
            {speakersError ? (
              <div id="speakerIds-error" class="invalid-feedback d-block">
                {speakersError}
              </div>
            ) : null}
          </fieldset>
        </>
      ),
    },
    status,
  );
}

export function speakerFormPage(
  c: Ctx,
  d: { conference: Conference; form: FormState; speaker?: Speaker },
  status = 200,
) {
  const t = c.get("t");
  const f = d.form;
  const labels = {
    name: t("conferences.speaker.name"),
    role: t("conferences.speaker.role"),
    affiliation: t("conferences.speaker.affiliation"),
    bio: t("conferences.speaker.bio"),
    photo: t("conferences.speaker.photo"),
    photoAlt: t("conferences.speaker.photoAlt"),
  };
  const slug = d.conference.slug;
  const photoError = f.errors.photo;
  return formPage(
    c,
    {
      title: d.speaker ? t("conferences.speaker.edit") : t("conferences.speaker.new"),
      conference: d.conference,
      labels,
      form: f,
      multipart: true,
      action: d.speaker
        ? `/conferences/${slug}/speakers/${d.speaker.id}/edit`
        : `/conferences/${slug}/speakers`,
      submit: d.speaker ? t("conferences.save") : t("conferences.speaker.add"),
      remove: d.speaker
        ? {
            action: `/conferences/${slug}/speakers/${d.speaker.id}/delete`,
            heading: t("conferences.remove.heading"),
            hint: t("conferences.remove.speakerHint"),
            label: t("conferences.remove.speaker", { name: d.speaker.name }),
          }
        : undefined,
      fields: (
        <>
          <TextField
            form={f}
            name="name"
            label={labels.name}
            required
            requiredLabel={t("form.requiredMark")}
            maxlength={160}
          />
          <TextField form={f} name="role" label={labels.role} maxlength={160} />
          <TextField form={f} name="affiliation" label={labels.affiliation} maxlength={200} />
          <TextArea form={f} name="bio" label={labels.bio} rows={4} maxlength={3000} />
          {d.speaker?.photo ? (
            <p>
              <img
                src={`/conferences/${slug}/speakers/${d.speaker.id}/photo?v=${d.speaker.photo.key.split("/").pop()}`}
                alt={d.speaker.photo.alt}
                width="96"
                height="96"
              />
            </p>
          ) : null}
          <FileField
            name="photo"
            label={labels.photo}
            accept={IMAGE_TYPES}
            hint={t("conferences.speaker.photoHint")}
            error={photoError}
          />
          <TextField
            form={f}
            name="photoAlt"
            label={labels.photoAlt}
            hint={t("conferences.speaker.photoAltHint")}
            maxlength={300}
          />
        </>
      ),
    },
    status,
  );
}
