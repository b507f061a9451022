// An organisation's public profile. People appear only to those who share a network with it, names
// only; managers also see and decide pending requests to join.
import type { Ctx } from "../../../platform/http/context.ts";
import { render } from "../../../platform/ui/layout.tsx";
import { countryName } from "../organisations.countries.ts";
import type { Organisation } from "../organisations.service.ts";
import { ActionButton } from "./identity-shared.tsx";

type Person = { id: string; name: string; role: "manager" | "member"; status: "pending" | "confirmed" };

export function organisationPage(
  c: Ctx,
  p: {
    org: Organisation;
    people: Person[] | null;
    canEdit: boolean;
    canDecide: boolean;
    canSetPa: boolean;
    /** Networks waiting for this organisation's answer; only its manager (or an admin) gets any. */
    networkRequests: { id: string; slug: string; name: string }[];
    join: "can" | "pending" | "member" | "sign-in" | "none";
  },
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { org } = p;
  const confirmed = p.people?.filter((m) => m.status === "confirmed") ?? [];
  const pending = p.canDecide ? (p.people?.filter((m) => m.status === "pending") ?? []) : [];
  const base = `/organisations/${org.slug}`;
  return render(
    c,
    {
      title: org.name,
      breadcrumbs: [{ href: "/organisations", label: t("identity.orgs.title") }, { label: org.name }],
    },
    <>
      <div class="mb-4">
        <h1>{org.name}</h1>
        {org.is_pa ? <span class="badge bg-primary">{t("identity.orgs.paBadge")}</span> : null}
      </div>
      <div class="row">
        <div class="col-12 col-lg-8">
          {org.logo_key ? (
            <img class="org-logo mb-3" src={`/files/${org.logo_key}`} alt={org.logo_alt ?? ""} />
          ) : null}
          <dl class="org-facts">
            <dt>{t("identity.orgs.type")}</dt>
            <dd>{t(`identity.orgTypes.${org.type}`)}</dd>
            <dt>{t("identity.orgs.country")}</dt>
            <dd>{countryName(lang, org.country)}</dd>
            {org.city ? (
              <>
                <dt>{t("identity.orgs.city")}</dt>
                <dd>{org.city}</dd>
              </>
            ) : null}
            {org.website ? (
              <>
                <dt>{t("identity.orgs.website")}</dt>
                <dd>
                  <a href={org.website} rel="noopener">
                    {org.website}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
          {org.description ? <p>{org.description}</p> : null}
          <h2 class="h4">{t("identity.orgs.networks")}</h2>
          {org.networks.length ? (
            <ul>
              {org.networks.map((n) => (
                <li>
                  <a href={`/networks/${n.slug}`}>{n.name}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("identity.orgs.noNetworks")}</p>
          )}
          {p.people ? (
            <>
              <h2 class="h4">{t("identity.orgs.people")}</h2>
              {confirmed.length ? (
                <ul>
                  {confirmed.map((m) => (
                    <li>{m.name}</li>
                  ))}
                </ul>
              ) : (
                <p>{t("identity.orgs.noPeople")}</p>
              )}
            </>
          ) : null}
          {p.networkRequests.length ? (
            <section aria-labelledby="network-requests-heading">
              <h2 class="h4" id="network-requests-heading">
                {t("identity.orgs.networkRequests")}
              </h2>
              <p>{t("identity.orgs.networkRequestsLead")}</p>
              <ul class="list-unstyled">
                {p.networkRequests.map((n) => (
                  <li class="mb-2">
                    <a class="me-2" href={`/networks/${n.slug}`}>
                      {n.name}
                    </a>
                    <ActionButton
                      c={c}
                      action={`${base}/networks/${n.id}/accept`}
                      label={t("identity.orgs.acceptNetwork")}
                      kind="primary"
                      srContext={n.name}
                    />{" "}
                    <ActionButton
                      c={c}
                      action={`${base}/networks/${n.id}/decline`}
                      label={t("identity.orgs.declineNetwork")}
                      kind="outline-danger"
                      srContext={n.name}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {p.canDecide ? (
            <section aria-labelledby="pending-heading">
              <h2 class="h4" id="pending-heading">
                {t("identity.orgs.pending")}
              </h2>
              {pending.length ? (
                <ul class="list-unstyled">
                  {pending.map((m) => (
                    <li class="mb-2">
                      <span class="me-2">{m.name}</span>
                      <ActionButton
                        c={c}
                        action={`${base}/members/${m.id}/confirm`}
                        label={t("identity.orgs.confirm")}
                        kind="primary"
                        srContext={m.name}
                      />{" "}
                      <ActionButton
                        c={c}
                        action={`${base}/members/${m.id}/reject`}
                        label={t("identity.orgs.reject")}
                        kind="outline-danger"
                        srContext={m.name}
                      />
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t("identity.orgs.noPending")}</p>
              )}
            </section>
          ) : null}
        </div>
        <div class="col-12 col-lg-4">
          {p.canEdit ? (
            <p>
              <a class="btn btn-primary" href={`${base}/edit`}>
                {t("identity.orgs.edit")}
              </a>
            </p>
          ) : null}
          {p.join === "can" ? (
            <ActionButton c={c} action={`${base}/join`} label={t("identity.orgs.join")} kind="primary" />
          ) : p.join === "pending" ? (
            <p>{t("identity.orgs.joinPending")}</p>
          ) : p.join === "sign-in" ? (
            <p>
              <a href={`/sign-in?next=${encodeURIComponent(base)}`}>{t("identity.orgs.signInToJoin")}</a>
            </p>
          ) : null}
          {p.canSetPa ? (
            <div class="mt-3">
              <ActionButton
                c={c}
                action={`${base}/pa`}
                fields={{ isPa: org.is_pa ? "false" : "true" }}
                label={t(org.is_pa ? "identity.orgs.unsetPa" : "identity.orgs.setPa")}
                kind="outline-primary"
              />
            </div>
          ) : null}
        </div>
      </div>
    </>,
  );
}
