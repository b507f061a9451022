// The authoring forms of coordinators and facilitators: a course, a module, a lesson (with a quiz's
// settings) and a quiz question with up to six options. All work without JavaScript; errors show on
// the same form with the input kept (FormPage).
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Checkbox,
  CheckboxGroup,
  type FormState,
  SelectField,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import { formPage, SeparateAction } from "../../../platform/ui/form-page.tsx";
import { CONTENT_LANGUAGES, COURSE_VISIBILITIES, LESSON_KINDS } from "../tables.ts";
import type { Course, Curriculum, Module } from "../types.ts";
import { languageName } from "./parts.tsx";

const crumbs = (c: Ctx, course?: { slug: string; title: string }, last?: string) => {
  const t = c.get("t");
  return [
    { href: "/learning", label: t("learning.title") },
    ...(course ? [{ href: `/learning/courses/${course.slug}`, label: course.title }] : []),
    ...(last ? [{ label: last }] : []),
  ];
};

export function courseFormPage(
  c: Ctx,
  d: {
    network: { slug: string; name: string };
    course?: Course;
    others: Course[];
    curricula: Curriculum[];
    form: FormState;
  },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const title = d.course
    ? t("learning.author.editCourse")
    : t("learning.author.newIn", { network: d.network.name });
  const labels = {
    title: t("learning.f.title"),
    summary: t("learning.f.summary"),
    topic: t("learning.f.topic"),
    language: t("learning.f.language"),
    visibility: t("learning.f.visibility"),
    curriculumId: t("learning.curriculum"),
    position: t("learning.f.position"),
    translationOf: t("learning.f.translationOf"),
    prerequisites: t("learning.prerequisites"),
  };
  const none = { value: "", label: t("learning.f.none") };
  return formPage(
    c,
    {
      title,
      breadcrumbs: crumbs(c, d.course, title),
      form: d.form,
      labels,
      action: d.course ? `/learning/courses/${d.course.slug}/edit` : `/networks/${d.network.slug}/learning`,
      submit: d.course ? t("learning.f.save") : t("learning.f.create"),
      cancel: {
        href: d.course ? `/learning/courses/${d.course.slug}` : "/learning",
        label: t("learning.f.cancel"),
      },
      children: (
        <>
          <TextField form={d.form} name="title" label={labels.title} required maxlength={200} />
          <TextArea form={d.form} name="summary" label={labels.summary} rows={3} maxlength={2000} />
          <TextField
            form={d.form}
            name="topic"
            label={labels.topic}
            hint={t("learning.f.topicHint")}
            maxlength={100}
          />
          <SelectField
            form={d.form}
            name="language"
            label={labels.language}
            options={CONTENT_LANGUAGES.map((l) => ({ value: l, label: languageName(lang, l) }))}
          />
          <SelectField
            form={d.form}
            name="visibility"
            label={labels.visibility}
            options={COURSE_VISIBILITIES.map((v) => ({ value: v, label: t(`learning.visibility.${v}`) }))}
          />
          <SelectField
            form={d.form}
            name="curriculumId"
            label={labels.curriculumId}
            options={[none, ...d.curricula.map((x) => ({ value: x.id, label: x.title }))]}
          />
          <TextField
            form={d.form}
            name="position"
            type="number"
            label={labels.position}
            hint={t("learning.f.positionHint")}
          />
          <SelectField
            form={d.form}
            name="translationOf"
            label={labels.translationOf}
            options={[none, ...d.others.map((x) => ({ value: x.id, label: x.title }))]}
          />
          <CheckboxGroup
            form={d.form}
            name="prerequisites"
            legend={labels.prerequisites}
            options={d.others.map((x) => ({ value: x.id, label: x.title }))}
            empty={t("learning.f.noOtherCourses")}
          />
        </>
      ),
    },
    status,
  );
}

export function moduleFormPage(
  c: Ctx,
  d: { course: Course; module?: Module; form: FormState },
  status = 200,
) {
  const t = c.get("t");
  const title = d.module ? t("learning.author.editModule") : t("learning.author.addModule");
  const base = `/learning/courses/${d.course.slug}`;
  return formPage(
    c,
    {
      title,
      breadcrumbs: crumbs(c, d.course, title),
      form: d.form,
      labels: { title: t("learning.f.title"), position: t("learning.f.position") },
      action: d.module ? `${base}/modules/${d.module.id}/edit` : `${base}/modules`,
      submit: t("learning.f.save"),
      cancel: { href: base, label: t("learning.f.cancel") },
      children: (
        <>
          <TextField form={d.form} name="title" label={t("learning.f.title")} required maxlength={200} />
          <TextField
            form={d.form}
            name="position"
            type="number"
            label={t("learning.f.position")}
            hint={t("learning.f.positionHint")}
          />
        </>
      ),
    },
    status,
  );
}

export function lessonFormPage(
  c: Ctx,
  d: {
    course: Course;
    modules: Module[];
    lessonId?: string;
    form: FormState;
    questions?: { id: string; prompt: string }[];
  },
  status = 200,
) {
  const t = c.get("t");
  const base = `/learning/courses/${d.course.slug}`;
  const title = d.lessonId ? t("learning.author.editLesson") : t("learning.author.addLesson");
  const labels = {
    moduleId: t("learning.f.module"),
    kind: t("learning.f.kind"),
    title: t("learning.f.title"),
    body: t("learning.f.body"),
    url: t("learning.f.url"),
    practices: t("learning.practices"),
    required: t("learning.f.required"),
    position: t("learning.f.position"),
    passMark: t("learning.f.passMark"),
    maxAttempts: t("learning.f.maxAttempts"),
  };
  return formPage(
    c,
    {
      title,
      breadcrumbs: crumbs(c, d.course, title),
      form: d.form,
      labels,
      action: d.lessonId ? `${base}/lessons/${d.lessonId}/edit` : `${base}/lessons`,
      submit: t("learning.f.save"),
      cancel: { href: d.lessonId ? `${base}/lessons/${d.lessonId}` : base, label: t("learning.f.cancel") },
      after:
        d.lessonId && d.form.values.kind === "quiz" ? (
          <>
            <QuestionList c={c} base={`${base}/lessons/${d.lessonId}`} questions={d.questions ?? []} />
            <SeparateAction
              c={c}
              id="duplicate-quiz"
              heading={t("learning.author.duplicate")}
              hint={t("learning.author.duplicateHint")}
              action={`${base}/lessons/${d.lessonId}/duplicate`}
              label={t("learning.author.duplicate")}
              kind="primary"
            />
          </>
        ) : null,
      children: (
        <>
          <SelectField
            form={d.form}
            name="moduleId"
            label={labels.moduleId}
            options={d.modules.map((m) => ({ value: m.id, label: m.title }))}
          />
          <SelectField
            form={d.form}
            name="kind"
            label={labels.kind}
            hint={t("learning.f.kindHint")}
            options={LESSON_KINDS.map((k) => ({ value: k, label: t(`learning.kind.${k}`) }))}
          />
          <TextField form={d.form} name="title" label={labels.title} required maxlength={200} />
          <TextArea
            form={d.form}
            name="body"
            label={labels.body}
            hint={t("learning.f.bodyHint")}
            rows={10}
            maxlength={50000}
          />
          <TextField form={d.form} name="url" type="url" label={labels.url} hint={t("learning.f.urlHint")} />
          <TextArea
            form={d.form}
            name="practices"
            label={labels.practices}
            hint={t("learning.f.practicesHint")}
            rows={3}
          />
          <Checkbox form={d.form} name="required" label={labels.required} />
          <TextField
            form={d.form}
            name="position"
            type="number"
            label={labels.position}
            hint={t("learning.f.positionHint")}
          />
          <fieldset class="mt-4">
            <legend class="h6">{t("learning.f.quizSettings")}</legend>
            <TextField
              form={d.form}
              name="passMark"
              type="number"
              label={labels.passMark}
              hint={t("learning.f.passMarkHint")}
            />
            <TextField
              form={d.form}
              name="maxAttempts"
              type="number"
              label={labels.maxAttempts}
              hint={t("learning.f.maxAttemptsHint")}
            />
          </fieldset>
        </>
      ),
    },
    status,
  );
}

function QuestionList({
  c,
  base,
  questions,
}: {
  c: Ctx;
  base: string;
  questions: { id: string; prompt: string }[];
}) {
  const t = c.get("t");
  return (
    <section aria-labelledby="questions" class="mt-5">
      <h2 id="questions" class="h4">
        {t("learning.f.questions")}
      </h2>
      {questions.length ? (
        <ol>
          {questions.map((q) => (
            <li>
              {q.prompt}{" "}
              <a href={`${base}/questions/${q.id}/edit`}>
                {t("learning.f.editQuestion")}
                <span class="visually-hidden">: {q.prompt}</span>
              </a>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("learning.f.noQuestions")}</p>
      )}
      <a class="btn btn-outline-primary" href={`${base}/questions/new`}>
        {t("learning.f.addQuestion")}
      </a>
    </section>
  );
}
