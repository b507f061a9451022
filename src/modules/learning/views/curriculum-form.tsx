// The form of a new curriculum (a path of courses crowned by a certificate when all are completed),
// for a network's coordinators and facilitators. Works without JavaScript; errors come back on the
// same form with what was typed (FormPage). Its courses are then added from the course form, which
// opens with the new curriculum chosen.
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Checkbox,
  type FormState,
  SelectField,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { CONTENT_LANGUAGES, COURSE_VISIBILITIES } from "../tables.ts";
import { languageName } from "./parts.tsx";

export function curriculumFormPage(
  c: Ctx,
  d: { network: { slug: string; name: string }; form: FormState },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const title = t("learning.curricula.newIn", { network: d.network.name });
  const labels = {
    title: t("learning.f.title"),
    summary: t("learning.f.summary"),
    language: t("learning.f.language"),
    visibility: t("learning.f.visibility"),
    published: t("learning.curricula.publish"),
  };
  return formPage(
    c,
    {
      title,
      lead: t("learning.curricula.lead"),
      breadcrumbs: [{ href: "/learning", label: t("learning.title") }, { label: title }],
      form: d.form,
      labels,
      action: `/networks/${d.network.slug}/learning/curricula`,
      submit: t("learning.curricula.create"),
      cancel: { href: "/learning", label: t("learning.f.cancel") },
      children: (
        <>
          <TextField form={d.form} name="title" label={labels.title} required maxlength={200} />
          <TextArea
            form={d.form}
            name="summary"
            label={labels.summary}
            hint={t("learning.curricula.summaryHint")}
            rows={3}
            maxlength={2000}
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
          <Checkbox form={d.form} name="published" label={labels.published} />
        </>
      ),
    },
    status,
  );
}
