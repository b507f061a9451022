// Pictures and documents on "Report a project" and on the edit page of the "changes requested" link:
// the files added so far (each with a remove button where it can still be removed), then one photo
// with its required description and one document with its title. The server checks every file on
// its content; `accept` only guides the file picker.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { FileField, type FormState, TextField } from "../../../platform/ui/components.tsx";

export type FileItem = {
  id: string;
  kind: "image" | "attachment";
  filename: string;
  title: string | null;
  alt: string | null;
};

/** The file inputs' names; their texts are `imageAlt` and `attachmentTitle`. */
export const UPLOAD_FIELDS = ["image", "attachment"] as const;

const ACCEPT_IMAGE = "image/jpeg,image/png,image/webp,image/gif";
const ACCEPT_DOCUMENT =
  ".pdf,.odt,.docx,.csv,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const FileList: FC<{ c: Ctx; files: FileItem[]; removable: boolean }> = ({ c, files, removable }) => {
  const t = c.get("t");
  if (!files.length) return <p class="small">{t("practices.submit.files.none")}</p>;
  return (
    <ul class="list-unstyled mb-3">
      {files.map((f) => (
        <li class="d-flex flex-wrap align-items-center gap-2 mb-2">
          <span>
            {f.kind === "image"
              ? `${t("practices.submit.files.image")}: `
              : `${t("practices.submit.files.attachment")}: `}
            <strong>{f.filename}</strong>
            {f.kind === "image" && f.alt ? <> — {f.alt}</> : null}
            {f.kind === "attachment" && f.title ? <> — {f.title}</> : null}
          </span>
          {removable ? (
            <button type="submit" name="nav" value={`remove:${f.id}`} class="btn btn-outline-danger btn-xs">
              {t("practices.submit.files.remove", { name: f.filename })}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
};

export const UploadFields: FC<{ c: Ctx; form: FormState; files: FileItem[]; removable: boolean }> = ({
  c,
  form,
  files,
  removable,
}) => {
  const t = c.get("t");
  return (
    <fieldset class="mb-4">
      <legend class="h5">{t("practices.submit.files.title")}</legend>
      <p class="small">{t("practices.submit.files.lead")}</p>
      <h3 class="h6">{t(removable ? "practices.submit.files.added" : "practices.submit.files.existing")}</h3>
      <FileList c={c} files={files} removable={removable} />
      <FileField
        name="image"
        label={t("practices.submit.files.image")}
        accept={ACCEPT_IMAGE}
        hint={t("practices.submit.files.imageHint")}
        error={form.errors.image}
      />
      <TextField
        form={form}
        name="imageAlt"
        label={t("practices.submit.files.alt")}
        hint={t("practices.submit.files.altHint")}
        maxlength={300}
      />
      <FileField
        name="attachment"
        label={t("practices.submit.files.attachment")}
        accept={ACCEPT_DOCUMENT}
        hint={t("practices.submit.files.attachmentHint")}
        error={form.errors.attachment}
      />
      <TextField
        form={form}
        name="attachmentTitle"
        label={t("practices.submit.files.attachmentTitle")}
        maxlength={200}
      />
      <button type="submit" name="nav" value="upload" class="btn btn-outline-primary btn-sm">
        {t("practices.submit.files.add")}
      </button>
    </fieldset>
  );
};
