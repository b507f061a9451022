// Pieces every materials view shares: a material's URL, the lab's breadcrumbs, a material's badges and
// details (who added it, meeting, type and size, description, tags), and its item in a list.
import type { FC } from "hono/jsx";
import { fileSizeLabel, fileTypeLabel } from "../../../platform/files/labels.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate, type T } from "../../../platform/i18n/index.ts";
import type { Lab, Meeting } from "../labs.types.ts";
import type { Material } from "../materials/service.ts";

export const labCrumbs = (t: T, lab: Lab) => [
  { href: "/labs", label: t("labs.title") },
  { href: `/labs/${lab.slug}`, label: lab.title },
];

export const materialUrl = (lab: Lab, m: { id: string }) => `/labs/${lab.slug}/materials/${m.id}`;

export const Badges: FC<{ t: T; m: Material }> = ({ t, m }) => (
  <>
    <span class="badge bg-secondary ms-2">{t(`labs.materials.kind.${m.kind}`)}</span>
    {m.featured ? <span class="badge bg-primary ms-2">{t("labs.materials.featured")}</span> : null}
    {m.hidden ? <span class="badge bg-dark ms-2">{t("labs.materials.hiddenBadge")}</span> : null}
  </>
);

/** Who added a material and when, its meeting, size, description and tags. */
export const MaterialMeta: FC<{ c: Ctx; lab: Lab; m: Material; meetings: Meeting[] }> = ({
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
        {m.fileSize ? ` · ${fileTypeLabel(m.contentType)} ${fileSizeLabel(lang, m.fileSize)}` : null}
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
