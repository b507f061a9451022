// A coordinator's page for one network: member organisations (with their PA flag, which only platform
// admins change), requests waiting for an organisation's answer, people and roles, invitations.
// Every control is a plain form, so it works without JavaScript.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import {
  Csrf,
  type FormState,
  SelectField,
  SubmitButton,
  TextField,
} from "../../../platform/ui/components.tsx";
import { FormBlock } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { NetworkInvitation } from "../invitations.kind.ts";
import type { Network, NetworkPerson } from "../networks.service.ts";
import { NETWORK_ROLES } from "../tables.ts";
import { ActionButton } from "./identity-shared.tsx";

type MemberOrg = { id: string; slug: string; name: string; is_pa: boolean };

export function networkManagePage(
  c: Ctx,
  p: {
    network: Network;
    organisations: MemberOrg[];
    /** Organisations asked to join that have not answered yet. */
    pendingOrganisations: { id: string; slug: string; name: string }[];
    candidates: { id: string; name: string }[];
    people: NetworkPerson[];
    invitations: NetworkInvitation[];
    inviteForm: FormState;
    /** An error about one person's roles or removal, shown beside that person. */
    personError?: { id: string; message: string };
    orgError?: string;
  },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const n = p.network;
  const base = `/networks/${n.slug}`;
  const tz = c.get("deps").config.timeZone;
  const title = t("identity.manage.title");
  const inviteLabels = { email: t("identity.invitations.email"), role: t("identity.invitations.role") };
  return render(
    c,
    {
      title: `${title} · ${n.name}`,
      breadcrumbs: [
        { href: "/networks", label: t("identity.networks.title") },
        { href: base, label: n.name },
        { label: title },
      ],
    },
    <>
      <h1>
        {title}: {n.name}
      </h1>
      <p>
        <a href={`${base}/audit`}>{t("identity.audit.title")}</a>
      </p>

      <section aria-labelledby="manage-orgs" class="mb-5">
        <h2 id="manage-orgs" class="h3">
          {t("identity.networks.organisations")}
        </h2>
        {p.orgError ? (
          <div class="alert alert-danger" role="alert">
            {p.orgError}
          </div>
        ) : null}
        {p.organisations.length ? (
          <div class="table-responsive">
            <table class="table">
              <caption class="visually-hidden">{t("identity.networks.organisations")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("identity.orgs.name")}</th>
                  <th scope="col">{t("identity.orgs.paBadge")}</th>
                  <th scope="col">{t("identity.manage.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {p.organisations.map((o) => (
                  <tr>
                    <th scope="row">
                      <a href={`/organisations/${o.slug}`}>{o.name}</a>
                    </th>
                    <td>{o.is_pa ? t("identity.manage.yes") : t("identity.manage.no")}</td>
                    <td>
                      <ActionButton
                        c={c}
                        action={`${base}/organisations/${o.id}/remove`}
                        label={t("identity.manage.removeOrganisation")}
                        kind="outline-danger"
                        srContext={o.name}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("identity.networks.noOrganisations")}</p>
        )}
        {p.pendingOrganisations.length ? (
          <>
            <h3 class="h5">{t("identity.manage.pendingOrganisations")}</h3>
            <p>{t("identity.manage.pendingLead")}</p>
            <ul class="list-unstyled">
              {p.pendingOrganisations.map((o) => (
                <li class="mb-2">
                  <a class="me-2" href={`/organisations/${o.slug}`}>
                    {o.name}
                  </a>
                  <ActionButton
                    c={c}
                    action={`${base}/organisations/${o.id}/remove`}
                    label={t("identity.manage.withdrawRequest")}
                    kind="outline-danger"
                    srContext={o.name}
                  />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {p.candidates.length ? (
          <form method="post" action={`${base}/organisations`} class="row g-3 align-items-end">
            <Csrf token={c.get("csrfToken")()} />
            <div class="col-12 col-md-8">
              <SelectField
                form={{ values: {}, errors: {} }}
                name="organisationId"
                label={t("identity.manage.addOrganisation")}
                options={p.candidates.map((o) => ({ value: o.id, label: o.name }))}
              />
            </div>
            <div class="col-12 col-md-4 mb-4">
              <SubmitButton label={t("identity.manage.add")} />
            </div>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="manage-people" class="mb-5">
        <h2 id="manage-people" class="h3">
          {t("identity.networks.people")}
        </h2>
        {p.people.length ? (
          <ul class="list-unstyled">
            {p.people.map((m) => (
              <li class="border-bottom py-3">
                <form method="post" action={`${base}/people/${m.id}/roles`}>
                  <Csrf token={c.get("csrfToken")()} />
                  <fieldset>
                    <legend class="h5">{t("identity.manage.rolesOf", { name: m.name })}</legend>
                    {p.personError?.id === m.id ? (
                      <div class="alert alert-danger" role="alert" id={`person-${m.id}-error`}>
                        {p.personError.message}
                      </div>
                    ) : null}
                    {NETWORK_ROLES.map((r) => (
                      <div class="form-check form-check-inline">
                        <input
                          type="checkbox"
                          id={`roles-${m.id}-${r}`}
                          name="roles"
                          value={r}
                          checked={m.roles.includes(r)}
                        />
                        <label for={`roles-${m.id}-${r}`}>{t(`identity.roles.${r}`)}</label>
                      </div>
                    ))}
                  </fieldset>
                  <button type="submit" class="btn btn-sm btn-primary me-2">
                    {t("identity.manage.saveRoles")}
                    <span class="visually-hidden"> {m.name}</span>
                  </button>
                </form>
                <div class="mt-2">
                  <ActionButton
                    c={c}
                    action={`${base}/people/${m.id}/remove`}
                    label={t("identity.manage.removePerson")}
                    kind="outline-danger"
                    srContext={m.name}
                  />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("identity.networks.noPeople")}</p>
        )}
      </section>

      <section aria-labelledby="manage-invite" class="mb-5">
        <h2 id="manage-invite" class="h3">
          {t("identity.invitations.inviteTitle")}
        </h2>
        <FormBlock
          c={c}
          form={p.inviteForm}
          labels={inviteLabels}
          action={`${base}/invitations`}
          submit={t("identity.invitations.send")}
        >
          <TextField
            form={p.inviteForm}
            name="email"
            type="email"
            label={inviteLabels.email}
            required
            autocomplete="off"
          />
          <SelectField
            form={p.inviteForm}
            name="role"
            label={inviteLabels.role}
            required
            options={NETWORK_ROLES.map((r) => ({ value: r, label: t(`identity.roles.${r}`) }))}
          />
        </FormBlock>
        <h3 class="h4 mt-4">{t("identity.invitations.pendingTitle")}</h3>
        {p.invitations.length ? (
          <div class="table-responsive">
            <table class="table">
              <caption class="visually-hidden">{t("identity.invitations.pendingTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("identity.invitations.email")}</th>
                  <th scope="col">{t("identity.invitations.role")}</th>
                  <th scope="col">{t("identity.invitations.expires")}</th>
                  <th scope="col">{t("identity.manage.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {p.invitations.map((i) => (
                  <tr>
                    <th scope="row">{i.email}</th>
                    <td>{t(`identity.roles.${i.role}`)}</td>
                    <td>{formatDate(lang, i.expiresAt, tz)}</td>
                    <td>
                      <ActionButton
                        c={c}
                        action={`${base}/invitations/${i.id}/revoke`}
                        label={t("identity.invitations.revoke")}
                        kind="outline-danger"
                        srContext={i.email}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("identity.invitations.nonePending")}</p>
        )}
      </section>
    </>,
    status,
  );
}
