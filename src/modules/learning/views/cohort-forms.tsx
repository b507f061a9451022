// The authors' forms of cohorts: a new cohort of a course (its lab, existing or made with it, and its
// facilitators) and a live session taken from the lab's meetings. The cohort's pages are in cohort.tsx.
// A cohort's page (dates, places, the lab's live sessions, joining, the waiting list, leaving), its
// facilitators' progress page (a table per learner: lessons, best quiz scores, attendance; the same
// as CSV; the waiting list in order) and the form that creates a cohort (an existing or a new lab,
// extra facilitators). Plain forms and tables: nothing needs JavaScript.

import type { Ctx } from "../../../platform/http/context.ts";
import { CheckboxGroup, type FormState, SelectField, TextField } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import type { Meeting } from "../../labs/index.ts";
import type { Cohort } from "../cohorts.repo.ts";
import type { Course } from "../types.ts";

import { crumbs, when } from "./cohort.tsx";

export function cohortFormPage(
  c: Ctx,
  d: {
    course: Course;
    labs: { id: string; title: string }[];
    people: { id: string; name: string }[];
    form: FormState;
  },
  status = 200,
) {
  const t = c.get("t");
  const title = t("learning.cohorts.new");
  const labels = {
    title: t("learning.cohorts.f.title"),
    startsOn: t("learning.cohorts.f.startsOn"),
    endsOn: t("learning.cohorts.f.endsOn"),
    capacity: t("learning.cohorts.f.capacity"),
    labChoice: t("learning.cohorts.f.lab"),
    labId: t("learning.cohorts.f.labPick"),
    newLabTitle: t("learning.cohorts.f.newLabTitle"),
    facilitators: t("learning.cohorts.f.facilitators"),
  };
  return formPage(
    c,
    {
      title,
      breadcrumbs: crumbs(c, d.course, [{ label: title }]),
      form: d.form,
      labels,
      action: `/learning/courses/${d.course.slug}/cohorts`,
      submit: t("learning.cohorts.create"),
      cancel: { href: `/learning/courses/${d.course.slug}`, label: t("learning.f.cancel") },
      children: (
        <>
          <TextField form={d.form} name="title" label={labels.title} required maxlength={200} />
          <TextField form={d.form} name="startsOn" type="date" label={labels.startsOn} required />
          <TextField form={d.form} name="endsOn" type="date" label={labels.endsOn} required />
          <TextField form={d.form} name="capacity" type="number" label={labels.capacity} required />
          <LabChoice c={c} form={d.form} labs={d.labs} />
          <CheckboxGroup
            form={d.form}
            name="facilitators"
            legend={labels.facilitators}
            hint={t("learning.cohorts.f.facilitatorsHint")}
            options={d.people.map((p) => ({ value: p.id, label: p.name }))}
            empty={t("learning.cohorts.f.noPeople")}
          />
        </>
      ),
    },
    status,
  );
}

/**
 * The cohort's lab: an existing one of the network (a select) or a new one (its title), chosen by a
 * radio. Both fields stay on the page, so the form works without JavaScript; the radio says which
 * counts. With no lab in the network, only the new one's title.
 */
function LabChoice(p: { c: Ctx; form: FormState; labs: { id: string; title: string }[] }) {
  const t = p.c.get("t");
  const newLab = (
    <TextField
      form={p.form}
      name="newLabTitle"
      label={t("learning.cohorts.f.newLabTitle")}
      hint={t("learning.cohorts.f.newLabHint")}
      maxlength={200}
    />
  );
  if (!p.labs.length)
    return (
      <>
        <input type="hidden" name="labChoice" value="new" />
        <p class="alert alert-info">{t("learning.cohorts.noLabNew")}</p>
        {newLab}
      </>
    );
  const choice = p.form.values.labChoice === "new" ? "new" : "existing";
  return (
    <fieldset class="mb-4" aria-describedby="labChoice-hint">
      <legend class="h6" id="labChoice">
        {t("learning.cohorts.f.lab")}
      </legend>
      <p id="labChoice-hint" class="form-text mt-0">
        {t("learning.cohorts.f.labHint")}
      </p>
      <div class="form-check">
        <input
          type="radio"
          id="labChoice-existing"
          name="labChoice"
          value="existing"
          checked={choice === "existing"}
        />
        <label for="labChoice-existing">{t("learning.cohorts.f.labExisting")}</label>
      </div>
      <div class="ms-4 mt-3">
        <SelectField
          form={p.form}
          name="labId"
          label={t("learning.cohorts.f.labPick")}
          options={p.labs.map((l) => ({ value: l.id, label: l.title }))}
        />
      </div>
      <div class="form-check">
        <input type="radio" id="labChoice-new" name="labChoice" value="new" checked={choice === "new"} />
        <label for="labChoice-new">{t("learning.cohorts.f.labNew")}</label>
      </div>
      <div class="ms-4 pt-4">{newLab}</div>
    </fieldset>
  );
}

/** An author adds a live session: a meeting of the cohort's lab, in a module of the course. */
export function liveSessionFormPage(
  c: Ctx,
  d: {
    cohort: Cohort;
    course: Course;
    meetings: Meeting[];
    modules: { id: string; title: string }[];
    form: FormState;
  },
  status = 200,
) {
  const t = c.get("t");
  const title = t("learning.cohorts.addSession");
  const labels = {
    meetingId: t("learning.cohorts.f.meeting"),
    moduleId: t("learning.cohorts.f.module"),
    title: t("learning.cohorts.f.sessionTitle"),
  };
  return formPage(
    c,
    {
      title,
      breadcrumbs: crumbs(c, d.course, [
        { href: `/learning/cohorts/${d.cohort.id}`, label: d.cohort.title },
        { label: title },
      ]),
      form: d.form,
      labels,
      action: `/learning/cohorts/${d.cohort.id}/sessions`,
      submit: t("learning.cohorts.addSession"),
      cancel: { href: `/learning/cohorts/${d.cohort.id}`, label: t("learning.f.cancel") },
      intro: <p>{t("learning.cohorts.addSessionHint")}</p>,
      children: (
        <>
          <SelectField
            form={d.form}
            name="meetingId"
            label={labels.meetingId}
            options={d.meetings.map((m) => ({ value: m.id, label: `${m.title} — ${when(c, m.startsAt)}` }))}
          />
          <SelectField
            form={d.form}
            name="moduleId"
            label={labels.moduleId}
            options={d.modules.map((m) => ({ value: m.id, label: m.title }))}
          />
          <TextField
            form={d.form}
            name="title"
            label={labels.title}
            hint={t("learning.cohorts.f.sessionTitleHint")}
            maxlength={200}
          />
        </>
      ),
    },
    status,
  );
}
