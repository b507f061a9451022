// The platform admin page: networks (with a form to create one) and accounts with their admin flag.
import type { Ctx } from "../../../platform/http/context.ts";
import { type FormState, PageTitle, TextArea, TextField } from "../../../platform/ui/components.tsx";
import { FormBlock } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { accountsPage } from "../admin.service.ts";
import type { NetworkSummary } from "../networks.service.ts";
import { ActionButton, Pagination } from "./identity-shared.tsx";

export function adminPage(
  c: Ctx,
  p: {
    networks: NetworkSummary[];
    accounts: Awaited<ReturnType<typeof accountsPage>>;
    form: FormState;
    accountError?: string | undefined;
  },
  status = 200,
) {
  const t = c.get("t");
  const actor = c.get("actor");
  const labels = {
    name: t("identity.admin.networkName"),
    slug: t("identity.admin.networkSlug"),
    description: t("identity.admin.networkDescription"),
    website: t("identity.orgs.website"),
  };
  return render(
    c,
    { title: t("identity.admin.title") },
    <>
      <PageTitle title={t("identity.admin.title")}>
        <p>
          <a href="/admin/audit">{t("identity.audit.adminTitle")}</a>
        </p>
      </PageTitle>
      <section aria-labelledby="admin-networks" class="mb-5">
        <h2 id="admin-networks" class="h3">
          {t("identity.networks.title")}
        </h2>
        {p.networks.length ? (
          <ul>
            {p.networks.map((n) => (
              <li>
                <a href={`/networks/${n.slug}`}>{n.name}</a> (
                <a href={`/networks/${n.slug}/manage`}>{t("identity.manage.title")}</a>)
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("identity.networks.empty")}</p>
        )}
        <h3 class="h4 mt-4">{t("identity.admin.createNetwork")}</h3>
        <FormBlock
          c={c}
          form={p.form}
          labels={labels}
          action="/admin/networks"
          submit={t("identity.admin.createNetworkSubmit")}
        >
          <TextField form={p.form} name="name" label={labels.name} required maxlength={200} />
          <TextField
            form={p.form}
            name="slug"
            label={labels.slug}
            hint={t("identity.admin.slugHint")}
            maxlength={80}
          />
          <TextArea form={p.form} name="description" label={labels.description} maxlength={4000} />
          <TextField form={p.form} name="website" type="url" label={labels.website} maxlength={300} />
        </FormBlock>
      </section>
      <section aria-labelledby="admin-accounts">
        <h2 id="admin-accounts" class="h3">
          {t("identity.admin.accounts")}
        </h2>
        {p.accountError ? (
          <div class="alert alert-danger" role="alert">
            {p.accountError}
          </div>
        ) : null}
        <div class="table-responsive">
          <table class="table">
            <caption class="visually-hidden">{t("identity.admin.accounts")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("identity.admin.accountName")}</th>
                <th scope="col">{t("identity.invitations.email")}</th>
                <th scope="col">{t("identity.admin.isAdmin")}</th>
                <th scope="col">{t("identity.manage.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {p.accounts.rows.map((a) => (
                <tr>
                  <th scope="row">{a.name}</th>
                  <td>{a.email}</td>
                  <td>{a.is_admin ? t("identity.manage.yes") : t("identity.manage.no")}</td>
                  <td>
                    {a.id === actor?.id ? null : (
                      <ActionButton
                        c={c}
                        action={`/admin/accounts/${a.id}/admin`}
                        fields={{ isAdmin: a.is_admin ? "false" : "true" }}
                        label={t(a.is_admin ? "identity.admin.revokeAdmin" : "identity.admin.grantAdmin")}
                        kind={a.is_admin ? "outline-danger" : "outline-primary"}
                        srContext={a.name}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination c={c} page={p.accounts.page} pages={p.accounts.pages} />
      </section>
    </>,
    status,
  );
}
