// What the materials slice adds to a lab's page: the cover image (with its alt text), and sections
// for participants, materials and action plans. Async components: they load their own data, so the
// lab page's route stays as it is (the page renders them through hono/jsx).
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { listPlans } from "../action-plans/service.ts";
import { coverOf } from "../cover.service.ts";
import type { Lab } from "../labs.types.ts";
import { listMaterials } from "../materials/service.ts";
import { programmeOf } from "../meetings/service.ts";
import { membersOf } from "../members/service.ts";
import { canContribute, canCreatePlan, canCurateLab } from "../policy.ts";
import { planUrl } from "./action-plan.tsx";
import { MemberLists } from "./lab-members.tsx";
import { MaterialItem } from "./materials.tsx";
import "../materials/messages.materials.ts";
import "../members/messages.members.ts";

/** The cover image, and for curators the link to change it. */
export const LabCover: FC<{ c: Ctx; lab: Lab }> = async ({ c, lab }) => {
  const cover = await coverOf(c.get("deps"), lab);
  const curator = canCurateLab(c.get("actor"), lab);
  if (!cover && !curator) return null;
  const t = c.get("t");
  return (
    <div class="mb-4">
      {cover ? <img src={cover.url} alt={cover.alt} class="img-fluid lab-cover" /> : null}
      {curator ? (
        <p class="small mt-1">
          <a href={`/labs/${lab.slug}/cover`}>{t("labs.cover.edit")}</a>
        </p>
      ) : null}
    </div>
  );
};

const SHOWN = 5;

/** Participants, the latest (featured first) materials, and the action plans. */
export const LabSections: FC<{ c: Ctx; lab: Lab }> = async ({ c, lab }) => {
  const deps = c.get("deps");
  const actor = c.get("actor");
  const t = c.get("t");
  const meetings = await programmeOf(deps, actor, lab);
  const [members, materials, plans] = await Promise.all([
    membersOf(deps, actor, lab),
    listMaterials(deps, actor, lab, meetings),
    listPlans(deps, actor, lab),
  ]);
  const base = `/labs/${lab.slug}`;
  return (
    <>
      <section aria-labelledby="lab-members">
        <h2 id="lab-members" class="h4">
          {t("labs.members.title")}
        </h2>
        <MemberLists c={c} organisations={members.organisations} people={members.people} headingLevel={3} />
        <p>
          <a href={`${base}/members`}>
            {canCurateLab(actor, lab) ? t("labs.members.invite") : t("labs.members.all")}
          </a>
        </p>
      </section>
      <section aria-labelledby="lab-materials">
        <h2 id="lab-materials" class="h4">
          {t("labs.materials.title")}
        </h2>
        {materials.length ? (
          <ul class="list-unstyled">
            {materials.slice(0, SHOWN).map((m) => (
              <MaterialItem c={c} lab={lab} m={m} meetings={meetings} />
            ))}
          </ul>
        ) : (
          <p>{t("labs.materials.none")}</p>
        )}
        <p>
          <a href={`${base}/materials`}>{t("labs.materials.all")}</a>
          {canContribute(actor, lab) ? (
            <>
              {" · "}
              <a href={`${base}/materials/new`}>{t("labs.materials.add")}</a>
            </>
          ) : null}
        </p>
      </section>
      <section aria-labelledby="lab-plans">
        <h2 id="lab-plans" class="h4">
          {t("labs.plans.title")}
        </h2>
        {plans.length ? (
          <ul>
            {plans.map((p) => (
              <li>
                <a href={planUrl(lab, p)}>{p.title}</a>
                {p.organisation ? ` (${p.organisation.name})` : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("labs.plans.none")}</p>
        )}
        {canCreatePlan(actor, lab) ? (
          <p>
            <a href={`${base}/plans/new`}>{t("labs.plans.new")}</a>
          </p>
        ) : null}
      </section>
    </>
  );
};
