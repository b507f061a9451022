// The fields of each step of "Report a project", shared by the guided form and the edit page the
// mailed link opens. Values and errors come from a FormState of raw strings (themes comma-separated).
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Checkbox,
  FieldFrame,
  type FormState,
  fieldAria,
  SelectField,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import { countryOptions } from "../../identity/index.ts";
import { THEMES, themeLabelKey } from "../themes.ts";
import { FIRST_YEAR, lastYear, STEP_FIELDS, type StepKey } from "../workflow/submissions.schema.ts";

export type NetworkOption = { id: string; name: string };

/** Labels of every field, for the error summary. */
export function fieldLabels(c: Ctx): Record<string, string> {
  const t = c.get("t");
  const keys = Object.values(STEP_FIELDS).flat();
  const labels = Object.fromEntries(keys.map((k) => [k, t(`practices.field.${k}`)]));
  labels.image = t("practices.submit.files.image");
  labels.imageAlt = t("practices.submit.files.alt");
  labels.attachment = t("practices.submit.files.attachment");
  labels.attachmentTitle = t("practices.submit.files.attachmentTitle");
  // One name per box, so two missing consents read as two different lines of the error summary.
  labels.consentPublication = t("practices.field.consentPublicationShort");
  labels.consentContact = t("practices.field.consentContactShort");
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

/** A year as a number, with the range the form accepts in its hint and on the control. */
const YearField: FC<{ c: Ctx; form: FormState; name: "startYear" | "endYear"; hint: string }> = (p) => {
  const t = p.c.get("t");
  const error = p.form.errors[p.name];
  const range = { min: FIRST_YEAR, max: lastYear() };
  const hint = t(p.hint, range);
  return (
    <FieldFrame
      name={p.name}
      label={t(`practices.field.${p.name}`)}
      wrapper="form-group"
      labelClass="active"
      hint={hint}
      error={error}
    >
      <input
        type="number"
        inputmode="numeric"
        class={`form-control${error ? " is-invalid" : ""}`}
        id={p.name}
        name={p.name}
        min={range.min}
        max={range.max}
        step={1}
        value={p.form.values[p.name] ?? ""}
        {...fieldAria(p.name, hint, error)}
      />
    </FieldFrame>
  );
};

export const StepFields: FC<{ c: Ctx; step: StepKey; form: FormState; networks: NetworkOption[] }> = ({
  c,
  step,
  form,
  networks,
}) => {
  const t = c.get("t");
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
            maxlength={150}
          />
          <TextArea
            form={form}
            name="summary"
            label={t("practices.field.summary")}
            hint={t("practices.field.summaryHint")}
            required
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
          <SelectField
            form={form}
            name="country"
            label={t("practices.field.country")}
            required
            options={[
              { value: "", label: t("practices.field.chooseCountry") },
              ...countryOptions(c.get("lang")),
            ]}
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
          <YearField c={c} form={form} name="startYear" hint="practices.field.yearRangeHint" />
          <YearField c={c} form={form} name="endYear" hint="practices.field.endYearRangeHint" />
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
            rows={6}
          />
          <TextArea
            form={form}
            name="solution"
            label={t("practices.field.solution")}
            hint={md}
            required
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
