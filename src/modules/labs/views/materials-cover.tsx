// The form for a lab's cover image and its text alternative (required whenever there is an image).
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Checkbox,
  FileField,
  type FormState,
  IMAGE_TYPES,
  TextField,
} from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import type { Cover } from "../cover.service.ts";
import type { Lab } from "../labs.types.ts";

export function coverFormPage(c: Ctx, p: { lab: Lab; cover: Cover | null; form: FormState }, status = 200) {
  const t = c.get("t");
  const { lab, cover, form } = p;
  const title = t("labs.cover.title");
  const labels = { image: t("labs.cover.image"), alt: t("labs.cover.alt") };
  const imageError = form.errors.image;
  return formPage(
    c,
    {
      title,
      pageTitle: `${title} · ${lab.title}`,
      breadcrumbs: [
        { href: "/labs", label: t("labs.title") },
        { href: `/labs/${lab.slug}`, label: lab.title },
        { label: title },
      ],
      form,
      labels,
      action: `/labs/${lab.slug}/cover`,
      enctype: "multipart/form-data",
      submit: t("labs.cover.save"),
      children: (
        <>
          {cover ? (
            <figure class="mb-4">
              <img src={cover.url} alt={cover.alt} class="img-fluid" />
              <figcaption class="small">{t("labs.cover.current")}</figcaption>
            </figure>
          ) : null}
          <FileField
            name="image"
            label={labels.image}
            accept={IMAGE_TYPES}
            hint={t("labs.cover.imageHint")}
            error={imageError}
          />
          <TextField
            form={form}
            name="alt"
            label={labels.alt}
            hint={t("labs.cover.altHint")}
            maxlength={300}
            required
          />
          {cover ? <Checkbox form={form} name="remove" label={t("labs.cover.remove")} /> : null}
        </>
      ),
    },
    status,
  );
}
