// A lab's members: organisations and people, the curators' invitation form and pending invitations;
// and the page behind an invitation link (accept or decline once signed in).
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import {
  AcceptOrDecline,
  Csrf,
  type FormState,
  SelectField,
  TextField,
} from "../../../platform/ui/components.tsx";
import { FormBlock } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { InvitationState } from "../../identity/index.ts";
import type { Lab } from "../labs.types.ts";
import type { LabInvitation } from "../members/lab-invitations.kind.ts";
import type { LabOrganisation, LabPerson } from "../members/service.ts";

/** A curator's button that takes someone out of the lab (a form: works without JavaScript). */
const RemoveButton: FC<{ c: Ctx; action: string; name: string }> = ({ c, action, name }) => (
  <form method="post" action={action}>
    <Csrf token={c.get("csrfToken")()} />
    <button type="submit" class="btn btn-sm btn-outline-danger">
      {c.get("t")("labs.members.remove")}
      <span class="visually-hidden">: {name}</span>
    </button>
  </form>
);

/**
 * Organisations (linked) and people (names, role), or a sentence when there is nobody to show. With
 * `removeBase` (the members page, for curators) each has a button that takes them out of the lab.
 */
export const MemberLists: FC<{
  c: Ctx;
  organisations: LabOrganisation[];
  people: LabPerson[] | null;
  headingLevel: 2 | 3;
  removeBase?: string;
}> = ({ c, organisations, people, headingLevel, removeBase }) => {
  const t = c.get("t");
  const H = headingLevel === 2 ? "h2" : "h3";
  const item = removeBase ? "mb-2 d-flex flex-wrap gap-2 align-items-center" : undefined;
  return (
    <>
      <H class="h5">{t("labs.members.organisations")}</H>
      {organisations.length ? (
        <ul class={removeBase ? "list-unstyled" : undefined}>
          {organisations.map((o) => (
            <li class={item}>
              <a href={`/organisations/${o.slug}`}>{o.name}</a>
              {removeBase ? (
                <RemoveButton c={c} action={`${removeBase}/organisations/${o.id}/remove`} name={o.name} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("labs.members.noOrganisations")}</p>
      )}
      {people ? (
        <>
          <H class="h5">{t("labs.members.people")}</H>
          {people.length ? (
            <ul class={removeBase ? "list-unstyled" : undefined}>
              {people.map((p) => (
                <li class={item}>
                  <span>
                    {p.name}
                    {p.role === "facilitator" ? ` (${t("labs.members.role.facilitator")})` : null}
                  </span>
                  {removeBase ? (
                    <RemoveButton c={c} action={`${removeBase}/people/${p.id}/remove`} name={p.name} />
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("labs.members.noPeople")}</p>
          )}
        </>
      ) : null}
    </>
  );
};

export function labMembersPage(
  c: Ctx,
  p: {
    lab: Lab;
    organisations: LabOrganisation[];
    people: LabPerson[] | null;
    canInvite: boolean;
    invitable: LabOrganisation[];
    pending: LabInvitation[];
    form: FormState;
  },
  status = 200,
) {
  const t = c.get("t");
  const { lab, form } = p;
  const title = t("labs.members.title");
  const tz = c.get("deps").config.timeZone;
  const addable = p.invitable.filter((o) => !p.organisations.some((x) => x.id === o.id));
  const labels = {
    email: t("labs.members.email"),
    role: t("labs.members.roleField"),
    organisationId: t("labs.members.organisation"),
    addOrganisationId: t("labs.members.organisationToAdd"),
  };
  return render(
    c,
    {
      title: `${title} · ${lab.title}`,
      breadcrumbs: [
        { href: "/labs", label: t("labs.title") },
        { href: `/labs/${lab.slug}`, label: lab.title },
        { label: title },
      ],
    },
    <>
      <h1>
        {title}
        <span class="d-block h5 fw-normal mt-2">{lab.title}</span>
      </h1>
      <MemberLists
        c={c}
        organisations={p.organisations}
        people={p.people}
        headingLevel={2}
        {...(p.canInvite ? { removeBase: `/labs/${lab.slug}/members` } : {})}
      />
      {p.canInvite ? (
        <div class="row mt-5">
          <div class="col-12 col-lg-8">
            <h2 class="h4">{t("labs.members.invite")}</h2>
            <p>{t("labs.members.inviteLead")}</p>
            {lab.visibility === "network" || lab.visibility === "pa" ? (
              <p>{t("labs.members.networkOnly")}</p>
            ) : null}
            <FormBlock
              c={c}
              form={form}
              labels={labels}
              action={`/labs/${lab.slug}/members/invitations`}
              submit={t("labs.members.send")}
            >
              <TextField
                form={form}
                name="email"
                type="email"
                label={labels.email}
                required
                autocomplete="off"
              />
              <SelectField
                form={form}
                name="role"
                label={labels.role}
                options={(["member", "facilitator"] as const).map((r) => ({
                  value: r,
                  label: t(`labs.members.role.${r}`),
                }))}
              />
              <SelectField
                form={form}
                name="organisationId"
                label={labels.organisationId}
                hint={t("labs.members.organisationHint")}
                options={[
                  { value: "", label: t("labs.members.noOrganisation") },
                  ...p.invitable.map((o) => ({ value: o.id, label: o.name })),
                ]}
              />
            </FormBlock>
            {addable.length ? (
              <>
                <h2 class="h4 mt-5">{t("labs.members.addOrganisation")}</h2>
                <p>{t("labs.members.addOrganisationLead")}</p>
                <FormBlock
                  c={c}
                  form={form}
                  summary={null}
                  action={`/labs/${lab.slug}/members/organisations`}
                  submit={{ label: t("labs.members.addOrganisationSubmit"), kind: "secondary" }}
                >
                  <SelectField
                    form={form}
                    name="addOrganisationId"
                    label={labels.addOrganisationId}
                    options={addable.map((o) => ({ value: o.id, label: o.name }))}
                  />
                </FormBlock>
              </>
            ) : null}
            <h2 class="h4 mt-5">{t("labs.members.pending")}</h2>
            {p.pending.length ? (
              <ul class="list-unstyled">
                {p.pending.map((inv) => (
                  <li class="mb-2 d-flex flex-wrap gap-2 align-items-center">
                    <span>
                      {inv.email} · {t(`labs.members.role.${inv.role}`)} ·{" "}
                      {t("labs.members.expires", { date: formatDate(c.get("lang"), inv.expiresAt, tz) })}
                    </span>
                    <form method="post" action={`/labs/${lab.slug}/members/invitations/${inv.id}/revoke`}>
                      <Csrf token={c.get("csrfToken")()} />
                      <button type="submit" class="btn btn-sm btn-outline-danger">
                        {t("labs.members.revoke")}
                        <span class="visually-hidden"> {inv.email}</span>
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("labs.members.nonePending")}</p>
            )}
          </div>
        </div>
      ) : null}
    </>,
    status,
  );
}

export function labInvitationPage(
  c: Ctx,
  p: {
    token: string;
    inv: LabInvitation;
    lab: Lab;
    state: InvitationState;
    organisation: string | null;
    error?: string;
  },
  status = 200,
) {
  const t = c.get("t");
  const { inv } = p;
  const here = `/lab-invitations/${p.token}`;
  const title = t("labs.members.invitationTitle", { lab: p.lab.title });
  return render(
    c,
    { title },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{title}</h1>
        {p.error ? (
          <div class="alert alert-danger" role="alert">
            {p.error}
          </div>
        ) : null}
        <dl>
          <dt>{t("labs.members.lab")}</dt>
          <dd>{p.lab.title}</dd>
          <dt>{t("labs.members.roleField")}</dt>
          <dd>{t(`labs.members.role.${inv.role}`)}</dd>
          {p.organisation ? (
            <>
              <dt>{t("labs.members.organisation")}</dt>
              <dd>{p.organisation}</dd>
            </>
          ) : null}
          <dt>{t("labs.members.expiresLabel")}</dt>
          <dd>{formatDate(c.get("lang"), inv.expiresAt, c.get("deps").config.timeZone)}</dd>
        </dl>
        {p.state !== "pending" ? (
          <div class="alert alert-warning" role="status">
            {t(`labs.members.state.${p.state}`)}
          </div>
        ) : (
          <AcceptOrDecline
            here={here}
            signedIn={Boolean(c.get("actor"))}
            csrfToken={c.get("csrfToken")}
            t={t}
            labels={{
              accept: t("labs.members.accept"),
              decline: t("labs.members.decline"),
              signInFirst: t("labs.members.signInFirst"),
            }}
          />
        )}
      </div>
    </div>,
    status,
  );
}
