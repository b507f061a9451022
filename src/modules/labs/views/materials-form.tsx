// The form to add a material to a lab: tabs for the kind (document, link, video), the common fields, the
// file or URL, and for a video its captions, transcript and consent record (errors on the same form).
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Checkbox,
  FileField,
  type FormState,
  IMAGE_TYPES,
  SelectField,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import type { Lab, Meeting } from "../labs.types.ts";
import type { MaterialKind } from "../materials/tables.ts";
import { labCrumbs } from "./materials-parts.tsx";

const KINDS: MaterialKind[] = ["document", "link", "video"];

export function materialFormPage(
  c: Ctx,
  p: { lab: Lab; meetings: Meeting[]; kind: MaterialKind; form: FormState },
  status = 200,
) {
  const t = c.get("t");
  const { lab, form, kind } = p;
  const title = t(`labs.materials.new.${kind}`);
  const labels = {
    kind: t("labs.materials.kindField"),
    title: t("labs.materials.titleField"),
    description: t("labs.materials.description"),
    meetingId: t("labs.materials.meeting"),
    url: t("labs.materials.url"),
    file: kind === "video" ? t("labs.materials.videoFile") : t("labs.materials.file"),
    captions: t("labs.materials.captions"),
    transcript: t("labs.materials.transcript"),
    consent: t("labs.materials.consent"),
    consentBy: t("labs.materials.consentBy"),
  };
  const fileError = form.errors.file;
  const captionsError = form.errors.captions;
  const fileHint = kind === "video" ? t("labs.materials.videoHint") : t("labs.materials.fileHint");
  return formPage(
    c,
    {
      title,
      pageTitle: `${title} · ${lab.title}`,
      breadcrumbs: [
        ...labCrumbs(t, lab),
        { href: `/labs/${lab.slug}/materials`, label: t("labs.materials.title") },
        { label: title },
      ],
      intro: (
        <nav aria-label={t("labs.materials.kindField")} class="mb-4">
          <ul class="nav nav-tabs">
            {KINDS.map((k) => (
              <li class="nav-item">
                <a
                  class={`nav-link${k === kind ? " active" : ""}`}
                  href={`/labs/${lab.slug}/materials/new?kind=${k}`}
                  aria-current={k === kind ? "page" : undefined}
                >
                  {t(`labs.materials.kind.${k}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ),
      form,
      labels,
      action: `/labs/${lab.slug}/materials`,
      // The upload streams: the form page puts the CSRF token first, then this decides what is done
      // with the file.
      enctype: kind === "link" ? undefined : "multipart/form-data",
      submit: t("labs.materials.submit"),
      children: (
        <>
          <input type="hidden" name="kind" value={kind} />
          <TextField form={form} name="title" label={labels.title} required maxlength={200} />
          <TextArea
            form={form}
            name="description"
            label={labels.description}
            hint={t("labs.materials.descriptionHint")}
            maxlength={2000}
            rows={3}
          />
          <SelectField
            form={form}
            name="meetingId"
            label={labels.meetingId}
            options={[
              { value: "", label: t("labs.materials.wholeLab") },
              ...p.meetings.map((m) => ({ value: m.id, label: m.title })),
            ]}
          />
          {kind === "link" ? (
            <TextField
              form={form}
              name="url"
              type="url"
              label={labels.url}
              required
              hint={t("labs.materials.urlHint")}
            />
          ) : (
            <FileField
              name="file"
              label={labels.file}
              required
              hint={fileHint}
              error={fileError}
              accept={
                kind === "video"
                  ? "video/mp4,video/webm"
                  : `.pdf,.odt,.docx,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document,${IMAGE_TYPES}`
              }
            />
          )}
          {kind === "video" ? (
            <>
              <FileField
                name="captions"
                label={labels.captions}
                required
                hint={t("labs.materials.captionsHint")}
                error={captionsError}
                accept=".vtt,text/vtt"
              />
              <TextArea
                form={form}
                name="transcript"
                label={labels.transcript}
                required
                hint={t("labs.materials.transcriptHint")}
                rows={8}
              />
              <fieldset class="mb-4">
                <legend class="h6">{t("labs.materials.consentLegend")}</legend>
                <p class="small">{t("labs.materials.consentExplain")}</p>
                <Checkbox form={form} name="consent" label={labels.consent} />
                <TextField
                  form={form}
                  name="consentBy"
                  label={labels.consentBy}
                  required
                  hint={t("labs.materials.consentByHint")}
                  maxlength={500}
                />
              </fieldset>
            </>
          ) : null}
        </>
      ),
    },
    status,
  );
}
