// A material's page: title, badges and details, then by kind the link, the document (an image shown
// inline) or the video (the platform's captioned player, with transcript and consent record); curators'
// form (tags, featured, hidden) and the way to delete it.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { CaptionedVideo } from "../../../platform/media/video-player.tsx";
import { Checkbox, type FormState, TextField } from "../../../platform/ui/components.tsx";
import { FormBlock } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Lab, Meeting } from "../labs.types.ts";
import type { Material } from "../materials/service.ts";
import { Badges, labCrumbs, MaterialMeta, materialUrl } from "./materials-parts.tsx";

export function materialPage(
  c: Ctx,
  p: { lab: Lab; m: Material; meetings: Meeting[]; canCurate: boolean; canDelete: boolean; form: FormState },
  status = 200,
) {
  const t = c.get("t");
  const { lab, m } = p;
  const base = materialUrl(lab, m);
  return render(
    c,
    {
      title: `${m.title} · ${lab.title}`,
      breadcrumbs: [
        ...labCrumbs(t, lab),
        { href: `/labs/${lab.slug}/materials`, label: t("labs.materials.title") },
        { label: m.title },
      ],
    },
    <>
      <h1>{m.title}</h1>
      <p class="mb-1">
        <Badges t={t} m={m} />
      </p>
      <div class="mb-4">
        <MaterialMeta c={c} lab={lab} m={m} meetings={p.meetings} />
      </div>
      {m.kind === "link" && m.url ? (
        <p>
          <a href={m.url} rel="noopener noreferrer">
            {t("labs.materials.openLink")}
            <span class="visually-hidden"> ({m.url})</span>
          </a>
          <span class="d-block small text-break">{m.url}</span>
        </p>
      ) : null}
      {m.kind === "document" ? (
        <>
          {m.contentType?.startsWith("image/") ? (
            <p>
              <img src={`${base}/file`} alt={m.description || m.title} class="img-fluid" />
            </p>
          ) : null}
          <p>
            <a href={`${base}/file`} download={m.fileName ?? undefined}>
              {t("labs.materials.download", { name: m.fileName ?? m.title })}
            </a>
          </p>
        </>
      ) : null}
      {m.kind === "video" ? (
        <CaptionedVideo
          c={c}
          src={`${base}/file`}
          captionsSrc={`${base}/captions.vtt`}
          downloadName={m.fileName ?? undefined}
          transcript={m.transcript}
          consent={consentOf(m)}
        />
      ) : null}
      {p.canCurate ? <CurateForm c={c} lab={lab} m={m} form={p.form} /> : null}
      {p.canDelete ? (
        <p class="mt-4">
          <a class="btn btn-outline-danger" href={`${base}/delete`}>
            {t("labs.materials.delete")}
          </a>
        </p>
      ) : null}
    </>,
    status,
  );
}

// A video's row always holds its consent (the table's check constraint), so null never reaches the page.
const consentOf = (m: Material) =>
  m.consentBy !== null && m.consentRecordedAt ? { by: m.consentBy, recordedAt: m.consentRecordedAt } : null;

const CurateForm: FC<{ c: Ctx; lab: Lab; m: Material; form: FormState }> = ({ c, lab, m, form }) => {
  const t = c.get("t");
  return (
    <section aria-labelledby="curate" class="mt-5">
      <h2 id="curate" class="h4">
        {t("labs.materials.curate")}
      </h2>
      <FormBlock
        c={c}
        form={form}
        labels={{ tags: t("labs.materials.tags") }}
        action={`${materialUrl(lab, m)}/curate`}
        submit={{ label: t("labs.materials.curateSave"), kind: "secondary" }}
      >
        <TextField
          form={form}
          name="tags"
          label={t("labs.materials.tags")}
          hint={t("labs.materials.tagsHint")}
          maxlength={500}
        />
        <Checkbox form={form} name="featured" label={t("labs.materials.feature")} />
        <Checkbox form={form} name="hidden" label={t("labs.materials.hide")} />
      </FormBlock>
    </section>
  );
};
