// The form of a speaker: name, role, affiliation, biography, and a photo that needs its alt text.
import type { Ctx } from "../../../platform/http/context.ts";
import {
  FileField,
  type FormState,
  IMAGE_TYPES,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import type { Conference, Speaker } from "../types.ts";
import { speakerPhotoPath } from "../urls.ts";
import { formPage } from "./form-page.tsx";

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
      enctype: "multipart/form-data",
      action: d.speaker
        ? `/conferences/${slug}/speakers/${d.speaker.id}/edit`
        : `/conferences/${slug}/speakers`,
      submit: d.speaker ? t("conferences.save") : t("conferences.speaker.add"),
      remove: d.speaker
        ? {
            action: `/conferences/${slug}/speakers/${d.speaker.id}/delete`,
            hint: t("conferences.remove.speakerHint"),
            label: t("conferences.remove.speaker", { name: d.speaker.name }),
          }
        : undefined,
      children: (
        <>
          <TextField form={f} name="name" label={labels.name} required maxlength={160} />
          <TextField form={f} name="role" label={labels.role} maxlength={160} />
          <TextField form={f} name="affiliation" label={labels.affiliation} maxlength={200} />
          <TextArea form={f} name="bio" label={labels.bio} rows={4} maxlength={3000} />
          {d.speaker?.photo ? (
            <p>
              <img
                src={speakerPhotoPath(slug, { id: d.speaker.id, photo: d.speaker.photo })}
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
