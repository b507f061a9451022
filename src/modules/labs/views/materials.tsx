// Materials of a lab: the list (filter by tag), the form to add a document, link or video, and a
// material's page (a video with its captions track, transcript and consent record; curators' form).
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate, formatNumber, type Lang, type T } from "../../../platform/i18n/index.ts";
import {
  Checkbox,
  Csrf,
  ErrorSummary,
  FileField,
  type FormState,
  IMAGE_TYPES,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Lab, Meeting } from "../labs.types.ts";
import type { Material } from "../materials.service.ts";
import type { MaterialKind } from "../materials.tables.ts";

const labCrumbs = (t: T, lab: Lab) => [
  { href: "/labs", label: t("labs.title") },
  { href: `/labs/${lab.slug}`, label: lab.title },
];

export const materialUrl = (lab: Lab, m: { id: string }) => `/labs/${lab.slug}/materials/${m.id}`;

function size(lang: Lang, bytes: number): string {
  if (bytes < 1024) return `${formatNumber(lang, bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(lang, Math.round(bytes / 1024))} KB`;
  return `${formatNumber(lang, Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

const typeLabel = (m: Material) => {
  const ct = m.contentType ?? "";
  if (ct === "application/pdf") return "PDF";
  if (ct.includes("opendocument.text")) return "ODT";
  if (ct.includes("wordprocessingml")) return "DOCX";
  if (ct.startsWith("image/") || ct.startsWith("video/")) return (ct.split("/")[1] ?? "").toUpperCase();
  return "";
};

const Badges: FC<{ t: T; m: Material }> = ({ t, m }) => (
  <>
    <span class="badge bg-secondary ms-2">{t(`labs.materials.kind.${m.kind}`)}</span>
    {m.featured ? <span class="badge bg-primary ms-2">{t("labs.materials.featured")}</span> : null}
    {m.hidden ? <span class="badge bg-dark ms-2">{t("labs.materials.hiddenBadge")}</span> : null}
  </>
);

/** Who added a material and when, its meeting, size, description and tags. */
const MaterialMeta: FC<{ c: Ctx; lab: Lab; m: Material; meetings: Meeting[] }> = ({
  c,
  lab,
  m,
  meetings,
}) => {
  const t = c.get("t");
  const lang = c.get("lang");
  const meeting = m.meetingId ? meetings.find((x) => x.id === m.meetingId) : undefined;
  return (
    <>
      <p class="mb-1 small">
        {t("labs.materials.addedBy", {
          name: m.createdByName || t("labs.materials.someone"),
          date: formatDate(lang, m.createdAt, c.get("deps").config.timeZone),
        })}
        {meeting ? (
          <>
            {" · "}
            {t("labs.materials.forMeeting")}{" "}
            <a href={`/labs/${lab.slug}/meetings/${meeting.slug}`}>{meeting.title}</a>
          </>
        ) : null}
        {m.fileSize ? ` · ${typeLabel(m)} ${size(lang, m.fileSize)}` : null}
      </p>
      {m.description ? <p class="mb-1">{m.description}</p> : null}
      {m.tags.length ? (
        <p class="mb-0 small">
          {t("labs.materials.tags")}:{" "}
          {m.tags.map((tag, i) => (
            <>
              {i ? ", " : ""}
              <a href={`/labs/${lab.slug}/materials?tag=${encodeURIComponent(tag)}`}>{tag}</a>
            </>
          ))}
        </p>
      ) : null}
    </>
  );
};

/** One material in a list: title (link to its page), kind, then its details. */
export const MaterialItem: FC<{ c: Ctx; lab: Lab; m: Material; meetings: Meeting[] }> = ({
  c,
  lab,
  m,
  meetings,
}) => (
  <li class="mb-3">
    <h3 class="h6 mb-1">
      <a href={materialUrl(lab, m)}>{m.title}</a>
      <Badges t={c.get("t")} m={m} />
    </h3>
    <MaterialMeta c={c} lab={lab} m={m} meetings={meetings} />
  </li>
);

export function materialsPage(
  c: Ctx,
  p: {
    lab: Lab;
    materials: Material[];
    meetings: Meeting[];
    tag: string | null;
    /** A meeting's slug: only the materials for that meeting. */
    meeting: string | null;
    canContribute: boolean;
  },
) {
  const t = c.get("t");
  const { lab } = p;
  const meeting = p.meeting ? p.meetings.find((m) => m.slug === p.meeting) : undefined;
  const shown = p.materials.filter(
    (m) => (!p.tag || m.tags.includes(p.tag)) && (!p.meeting || (meeting && m.meetingId === meeting.id)),
  );
  const tags = [...new Set(p.materials.flatMap((m) => m.tags))].sort();
  const title = t("labs.materials.title");
  return render(
    c,
    { title: `${title} · ${lab.title}`, breadcrumbs: [...labCrumbs(t, lab), { label: title }] },
    <>
      <h1>
        {title}
        <span class="d-block h5 fw-normal mt-2">{lab.title}</span>
      </h1>
      <p>{t("labs.materials.lead")}</p>
      {meeting ? (
        <p>
          {t("labs.materials.forMeetingOnly")}{" "}
          <a href={`/labs/${lab.slug}/meetings/${meeting.slug}`}>{meeting.title}</a>
          {" · "}
          <a href={`/labs/${lab.slug}/materials`}>{t("labs.materials.all")}</a>
        </p>
      ) : null}
      {p.canContribute ? (
        <p>
          <a class="btn btn-primary" href={`/labs/${lab.slug}/materials/new`}>
            {t("labs.materials.add")}
          </a>
        </p>
      ) : null}
      {tags.length ? (
        <nav aria-label={t("labs.materials.filterByTag")} class="mb-3">
          <ul class="link-list-inline list-inline">
            <li class="list-inline-item">
              {p.tag ? (
                <a href={`/labs/${lab.slug}/materials`}>{t("labs.materials.allTags")}</a>
              ) : (
                <span aria-current="page">{t("labs.materials.allTags")}</span>
              )}
            </li>
            {tags.map((tag) => (
              <li class="list-inline-item">
                {tag === p.tag ? (
                  <span aria-current="page">{tag}</span>
                ) : (
                  <a href={`/labs/${lab.slug}/materials?tag=${encodeURIComponent(tag)}`}>{tag}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {shown.length ? (
        <ul class="list-unstyled">
          {shown.map((m) => (
            <MaterialItem c={c} lab={lab} m={m} meetings={p.meetings} />
          ))}
        </ul>
      ) : (
        <p>{t("labs.materials.none")}</p>
      )}
    </>,
  );
}

const KINDS: MaterialKind[] = ["document", "link", "video"];

export function materialFormPage(
  c: Ctx,
  p: { lab: Lab; meetings: Meeting[]; kind: MaterialKind; form: FormState },
  status = 200,
) {
  const t = c.get("t");
  const { lab, form, kind } = p;
  const title = t(`labs.materials.new.${kind}`);
  const labels: Record<string, string> = {
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
  const req = t("form.requiredMark");
  const fileError = form.errors.file;
  const captionsError = form.errors.captions;
  const fileHint = kind === "video" ? t("labs.materials.videoHint") : t("labs.materials.fileHint");
  return render(
    c,
    {
      title: `${title} · ${lab.title}`,
      breadcrumbs: [
        ...labCrumbs(t, lab),
        { href: `/labs/${lab.slug}/materials`, label: t("labs.materials.title") },
        { label: title },
      ],
    },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{title}</h1>
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
        <ErrorSummary form={form} title={t("form.errorSummary")} labels={labels} />
        <form
          method="post"
          action={`/labs/${lab.slug}/materials`}
          enctype={kind === "link" ? undefined : "multipart/form-data"}
          novalidate
        >
          <Csrf token={c.get("csrfToken")()} />
          <input type="hidden" name="kind" value={kind} />
          <TextField
            form={form}
            name="title"
            label={labels.title!}
            required
            requiredLabel={req}
            maxlength={200}
          />
          <TextArea
            form={form}
            name="description"
            label={labels.description!}
            hint={t("labs.materials.descriptionHint")}
            maxlength={2000}
            rows={3}
          />
          <SelectField
            form={form}
            name="meetingId"
            label={labels.meetingId!}
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
              label={labels.url!}
              required
              requiredLabel={req}
              hint={t("labs.materials.urlHint")}
            />
          ) : (
            <FileField
              name="file"
              label={labels.file!}
              required
              requiredLabel={req}
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
                label={labels.captions!}
                required
                requiredLabel={req}
                hint={t("labs.materials.captionsHint")}
                error={captionsError}
                accept=".vtt,text/vtt"
              />
              <TextArea
                form={form}
                name="transcript"
                label={labels.transcript!}
                required
                requiredLabel={req}
                hint={t("labs.materials.transcriptHint")}
                rows={8}
              />
              <fieldset class="mb-4">
                <legend class="h6">{t("labs.materials.consentLegend")}</legend>
                <p class="small">{t("labs.materials.consentExplain")}</p>
                <Checkbox form={form} name="consent" label={labels.consent!} />
                <TextField
                  form={form}
                  name="consentBy"
                  label={labels.consentBy!}
                  required
                  requiredLabel={req}
                  hint={t("labs.materials.consentByHint")}
                  maxlength={500}
                />
              </fieldset>
            </>
          ) : null}
          <SubmitButton label={t("labs.materials.submit")} />
        </form>
      </div>
    </div>,
    status,
  );
}

export function materialPage(
  c: Ctx,
  p: { lab: Lab; m: Material; meetings: Meeting[]; canCurate: boolean; canDelete: boolean; form: FormState },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { lab, m } = p;
  const base = materialUrl(lab, m);
  const tz = c.get("deps").config.timeZone;
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
        <section aria-labelledby="video-heading">
          <h2 id="video-heading" class="h4">
            {t("labs.materials.video")}
          </h2>
          <video controls preload="metadata" class="w-100 mb-2" src={`${base}/file`}>
            <track
              kind="captions"
              src={`${base}/captions.vtt`}
              label={t("labs.materials.captionsTrack")}
              default
            />
            <a href={`${base}/file`}>{t("labs.materials.downloadVideo")}</a>
          </video>
          <p class="small">
            <a href={`${base}/file`} download={m.fileName ?? undefined}>
              {t("labs.materials.downloadVideo")}
            </a>
            {" · "}
            <a href={`${base}/captions.vtt`}>{t("labs.materials.downloadCaptions")}</a>
          </p>
          <h2 class="h4" id="transcript">
            {t("labs.materials.transcript")}
          </h2>
          <div class="mb-4">
            {(m.transcript ?? "")
              .split(/\r?\n\s*\r?\n/)
              .filter((para) => para.trim())
              .map((para) => (
                <p>{para}</p>
              ))}
          </div>
          <h2 class="h4">{t("labs.materials.consentLegend")}</h2>
          <p>
            {t("labs.materials.consentRecord", {
              who: m.consentBy ?? "",
              date: m.consentRecordedAt ? formatDate(lang, m.consentRecordedAt, tz) : "",
            })}
          </p>
        </section>
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

const CurateForm: FC<{ c: Ctx; lab: Lab; m: Material; form: FormState }> = ({ c, lab, m, form }) => {
  const t = c.get("t");
  return (
    <section aria-labelledby="curate" class="mt-5">
      <h2 id="curate" class="h4">
        {t("labs.materials.curate")}
      </h2>
      <ErrorSummary form={form} title={t("form.errorSummary")} labels={{ tags: t("labs.materials.tags") }} />
      <form method="post" action={`${materialUrl(lab, m)}/curate`} novalidate>
        <Csrf token={c.get("csrfToken")()} />
        <TextField
          form={form}
          name="tags"
          label={t("labs.materials.tags")}
          hint={t("labs.materials.tagsHint")}
          maxlength={500}
        />
        <Checkbox form={form} name="featured" label={t("labs.materials.feature")} />
        <Checkbox form={form} name="hidden" label={t("labs.materials.hide")} />
        <div class="mt-3">
          <SubmitButton label={t("labs.materials.curateSave")} kind="secondary" />
        </div>
      </form>
    </section>
  );
};
