// Materials of a lab: the list (filter by tag or meeting, link to add one). The form to add a document,
// link or video is in materials-form.tsx, a material's page in materials-page.tsx (its video in the
// platform's player, platform/media), shared pieces in materials-parts.tsx; they are re-exported here
// for importers.
import type { Ctx } from "../../../platform/http/context.ts";
import { render } from "../../../platform/ui/layout.tsx";
import type { Lab, Meeting } from "../labs.types.ts";
import type { Material } from "../materials/service.ts";
import { labCrumbs, MaterialItem } from "./materials-parts.tsx";

export { materialFormPage } from "./materials-form.tsx";
export { materialPage } from "./materials-page.tsx";
export { MaterialItem, materialUrl } from "./materials-parts.tsx";

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
