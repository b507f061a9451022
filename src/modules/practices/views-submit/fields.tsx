// The fields of each step of "Report a project", shared by the guided form and the edit page the
// mailed link opens. Values and errors come from a FormState of raw strings (themes comma-separated).
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Checkbox,
  type FormState,
  SelectField,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import type { StepKey } from "../submissions.schema.ts";
import { THEMES, themeLabelKey } from "../themes.ts";

export type NetworkOption = { id: string; name: string };

/** Labels of every field, for the error summary. */
export function fieldLabels(c: Ctx): Record<string, string> {
  const t = c.get("t");
  const keys = [
    "title",
    "summary",
    "organisation",
    "place",
    "country",
    "language",
    "startYear",
    "endYear",
    "themes",
    "networkId",
    "problem",
    "solution",
    "resources",
    "results",
    "transferability",
    "lessons",
    "website",
    "name",
    "email",
    "contact",
    "consentPublication",
    "consentContact",
  ];
  const labels = Object.fromEntries(keys.map((k) => [k, t(`practices.field.${k}`)]));
  labels.consentPublication = t("practices.field.consents");
  labels.consentContact = t("practices.field.consents");
  return labels;
}

const Themes: FC<{ c: Ctx; form: FormState }> = ({ c, form }) => {
  const t = c.get("t");
  const chosen = new Set((form.values.themes ?? "").split(",").filter(Boolean));
  const error = form.errors.themes ?? Object.entries(form.errors).find(([k]) => k.startsWith("themes."))?.[1];
  return (
    <fieldset class="mb-4" id="themes" aria-describedby={error ? "themes-error" : undefined}>
      <legend class="h6">{t("practices.field.themes")}</legend>
      {THEMES.map((code) => (
        <div class="form-check form-check-inline">
          <input
            id={`themes-${code}`}
            name="themes"
            type="checkbox"
            value={code}
            checked={chosen.has(code)}
          />
          <label for={`themes-${code}`}>{t(themeLabelKey(code))}</label>
        </div>
      ))}
      {error ? (
        <div id="themes-error" class="invalid-feedback d-block">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
};

export const StepFields: FC<{ c: Ctx; step: StepKey; form: FormState; networks: NetworkOption[] }> = ({
  c,
  step,
  form,
  networks,
}) => {
  const t = c.get("t");
  const req = t("form.requiredMark");
  const md = t("practices.submit.markdownHint");
  switch (step) {
    case "project":
      return (
        <>
          <TextField
            form={form}
            name="title"
            label={t("practices.field.title")}
            hint={t("practices.field.titleHint")}
            required
            requiredLabel={req}
            maxlength={150}
          />
          <TextArea
            form={form}
            name="summary"
            label={t("practices.field.summary")}
            hint={t("practices.field.summaryHint")}
            required
            requiredLabel={req}
            maxlength={500}
            rows={3}
          />
          <TextField
            form={form}
            name="organisation"
            label={t("practices.field.organisation")}
            maxlength={200}
          />
          <TextField
            form={form}
            name="place"
            label={t("practices.field.place")}
            hint={t("practices.field.placeHint")}
            maxlength={200}
          />
          <TextField
            form={form}
            name="country"
            label={t("practices.field.country")}
            hint={t("practices.field.countryHint")}
            required
            requiredLabel={req}
            maxlength={2}
            autocomplete="country"
          />
          <SelectField
            form={form}
            name="language"
            label={t("practices.field.language")}
            required
            options={[
              { value: "it", label: t("practices.language.it") },
              { value: "en", label: t("practices.language.en") },
            ]}
          />
          <TextField
            form={form}
            name="startYear"
            label={t("practices.field.startYear")}
            hint={t("practices.field.yearHint")}
            maxlength={4}
          />
          <TextField
            form={form}
            name="endYear"
            label={t("practices.field.endYear")}
            hint={t("practices.field.endYearHint")}
            maxlength={4}
          />
          <Themes c={c} form={form} />
          <SelectField
            form={form}
            name="networkId"
            label={t("practices.field.networkId")}
            options={[
              { value: "", label: t("practices.field.noNetwork") },
              ...networks.map((n) => ({ value: n.id, label: n.name })),
            ]}
          />
        </>
      );
    case "approach":
      return (
        <>
          <TextArea
            form={form}
            name="problem"
            label={t("practices.field.problem")}
            hint={md}
            required
            requiredLabel={req}
            rows={6}
          />
          <TextArea
            form={form}
            name="solution"
            label={t("practices.field.solution")}
            hint={md}
            required
            requiredLabel={req}
            rows={6}
          />
          <TextArea form={form} name="resources" label={t("practices.field.resources")} hint={md} rows={4} />
        </>
      );
    case "results":
      return (
        <>
          <TextArea form={form} name="results" label={t("practices.field.results")} hint={md} rows={5} />
          <TextArea
            form={form}
            name="transferability"
            label={t("practices.field.transferability")}
            hint={t("practices.field.transferabilityHint")}
            rows={4}
          />
          <TextArea form={form} name="lessons" label={t("practices.field.lessons")} hint={md} rows={4} />
          <TextField
            form={form}
            name="website"
            type="url"
            label={t("practices.field.website")}
            hint={t("practices.field.websiteHint")}
            maxlength={500}
          />
        </>
      );
    case "you":
      return (
        <>
          <TextField
            form={form}
            name="name"
            label={t("practices.field.name")}
            required
            requiredLabel={req}
            maxlength={120}
            autocomplete="name"
          />
          <TextField
            form={form}
            name="email"
            type="email"
            label={t("practices.field.email")}
            hint={t("practices.field.emailHint")}
            required
            requiredLabel={req}
            maxlength={254}
            autocomplete="email"
          />
          <TextField
            form={form}
            name="contact"
            label={t("practices.field.contact")}
            hint={t("practices.field.contactHint")}
            maxlength={500}
          />
          <fieldset class="mb-4">
            <legend class="h6">{t("practices.field.consents")}</legend>
            <Checkbox form={form} name="consentPublication" label={t("practices.field.consentPublication")} />
            <Checkbox form={form} name="consentContact" label={t("practices.field.consentContact")} />
          </fieldset>
        </>
      );
  }
};

/** The anti-spam field: hidden from sight, labelled for the screen-reader users who reach it. */
export const Honeypot: FC<{ c: Ctx; name: string }> = ({ c, name }) => (
  <div class="visually-hidden">
    <label for={name}>{c.get("t")("practices.field.honeypot")}</label>
    <input type="text" id={name} name={name} value="" tabindex={-1} autocomplete="off" />
  </div>
);
