// Coordinators' media tools on a practice page: the upload form (image or attachment, alt text, title;
// errors on the same form) and the remove button beside each image or attachment.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf, type FormState } from "../../../platform/ui/components.tsx";
import type { PracticeMedia } from "../media/service.ts";

export const UploadForm: FC<{ c: Ctx; slug: string; form: FormState }> = ({ c, slug, form }) => {
  const t = c.get("t");
  const e = form.errors;
  const kind = form.values.kind || "image";
  return (
    <section class="practice-manage card card-bg p-3 mt-4" aria-labelledby="media-upload-heading">
      <h2 id="media-upload-heading" class="h5">
        {t("practices.media.addTitle")}
      </h2>
      <p class="small">{t("practices.media.addHint")}</p>
      <p class="small">{t("images.hint")}</p>
      {Object.keys(e).length ? (
        <div class="alert alert-danger" role="alert" id="media-errors" tabindex={-1}>
          <ul class="mb-0">
            {Object.entries(e).map(([field, message]) => (
              <li>
                <a href={`#media-${field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* The fragment brings a page answering with errors back to this form, not to the top. */}
      <form
        method="post"
        action={`/practices/${slug}/media#media-upload-heading`}
        enctype="multipart/form-data"
      >
        <Csrf token={c.get("csrfToken")()} />
        <fieldset class="mb-3">
          <legend class="h6">{t("practices.media.kind")}</legend>
          {(["image", "attachment"] as const).map((k) => (
            <div class="form-check form-check-inline">
              <input type="radio" name="kind" id={`media-kind-${k}`} value={k} checked={kind === k} />
              <label for={`media-kind-${k}`}>{t(`practices.media.kind.${k}`)}</label>
            </div>
          ))}
        </fieldset>
        <div class="mb-3">
          <label for="media-file" class="form-label d-block">
            {t("practices.media.file")}
          </label>
          <input
            type="file"
            id="media-file"
            name="file"
            required
            accept="image/png,image/jpeg,image/webp,image/gif,application/pdf,.odt,.docx,.csv,text/csv"
            aria-describedby={`media-file-hint${e.file ? " media-file-error" : ""}`}
            aria-invalid={e.file ? "true" : undefined}
          />
          <small id="media-file-hint" class="form-text d-block">
            {t("practices.media.fileHint")}
          </small>
          {e.file ? (
            <div id="media-file-error" class="invalid-feedback d-block">
              {e.file}
            </div>
          ) : null}
        </div>
        <div class="form-group mt-5">
          <label for="media-alt" class="active">
            {t("practices.media.alt")}
          </label>
          <input
            type="text"
            id="media-alt"
            name="alt"
            class={`form-control${e.alt ? " is-invalid" : ""}`}
            value={form.values.alt ?? ""}
            maxlength={300}
            aria-describedby={`media-alt-hint${e.alt ? " media-alt-error" : ""}`}
            aria-invalid={e.alt ? "true" : undefined}
          />
          <small id="media-alt-hint" class="form-text">
            {t("practices.media.altHint")}
          </small>
          {e.alt ? (
            <div id="media-alt-error" class="invalid-feedback d-block">
              {e.alt}
            </div>
          ) : null}
        </div>
        <div class="form-group">
          <label for="media-title" class="active">
            {t("practices.media.title")}
          </label>
          <input
            type="text"
            id="media-title"
            name="title"
            class={`form-control${e.title ? " is-invalid" : ""}`}
            value={form.values.title ?? ""}
            maxlength={200}
            aria-invalid={e.title ? "true" : undefined}
            aria-describedby={e.title ? "media-title-error" : undefined}
          />
          {e.title ? (
            <div id="media-title-error" class="invalid-feedback d-block">
              {e.title}
            </div>
          ) : null}
        </div>
        <button type="submit" class="btn btn-primary">
          {t("practices.media.upload")}
        </button>
      </form>
    </section>
  );
};

export const RemoveButton: FC<{ c: Ctx; slug: string; m: PracticeMedia }> = ({ c, slug, m }) => (
  <form method="post" action={`/practices/${slug}/media/${m.id}/delete`} class="d-inline ms-2">
    <Csrf token={c.get("csrfToken")()} />
    <button type="submit" class="btn btn-link btn-sm p-0">
      {c.get("t")("practices.media.remove")}
      <span class="visually-hidden">: {m.title ?? m.alt ?? m.filename}</span>
    </button>
  </form>
);
