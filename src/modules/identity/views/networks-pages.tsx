// The list of networks and a network's page. People and their roles are shown only to the network's
// members (and admins); coordinators get links to manage the network and to read its audit log.
import type { Ctx } from "../../../platform/http/context.ts";
import { PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Network, NetworkPerson, NetworkSummary } from "../networks.service.ts";
import { countryName } from "../organisations.countries.ts";

/** Networks as cards: on the networks page and on the home page. */
export function NetworkCards(p: {
  c: Ctx;
  networks: NetworkSummary[];
  heading: "h2" | "h3";
  columns: string;
}) {
  const t = p.c.get("t");
  if (p.networks.length === 0) return <p>{t("identity.networks.empty")}</p>;
  const Heading = p.heading;
  return (
    <ul class="row list-unstyled g-3">
      {p.networks.map((n) => (
        <li class={p.columns}>
          <div class="card card-bg h-100">
            <div class="card-body">
              <Heading class="card-title h5">
                <a href={`/networks/${n.slug}`}>{n.name}</a>
              </Heading>
              {n.description ? <p class="card-text">{n.description}</p> : null}
              <p class="card-text small">{t("identity.networks.members", { count: n.organisationCount })}</p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function networksListPage(c: Ctx, networks: NetworkSummary[]) {
  const t = c.get("t");
  return render(
    c,
    { title: t("identity.networks.title") },
    <>
      <PageTitle title={t("identity.networks.title")} lead={t("identity.networks.lead")} />
      <NetworkCards c={c} networks={networks} heading="h2" columns="col-12 col-md-6" />
    </>,
  );
}

type MemberOrg = {
  id: string;
  slug: string;
  name: string;
  type: string;
  country: string;
  city: string | null;
  is_pa: boolean;
};

export const rolesText = (c: Ctx, roles: readonly string[]) =>
  roles.map((r) => c.get("t")(`identity.roles.${r}`)).join(", ");

export function networkPage(
  c: Ctx,
  p: {
    network: Network;
    organisations: MemberOrg[];
    people: NetworkPerson[] | null;
    canManage: boolean;
    canAudit: boolean;
  },
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const n = p.network;
  return render(
    c,
    {
      title: n.name,
      breadcrumbs: [{ href: "/networks", label: t("identity.networks.title") }, { label: n.name }],
    },
    <>
      <PageTitle title={n.name} lead={n.description ?? undefined}>
        {n.website ? (
          <p>
            <a href={n.website} rel="noopener">
              {n.website}
            </a>
          </p>
        ) : null}
        {p.canManage || p.canAudit ? (
          <p>
            {p.canManage ? (
              <a class="btn btn-primary me-2" href={`/networks/${n.slug}/manage`}>
                {t("identity.manage.title")}
              </a>
            ) : null}
            {p.canAudit ? (
              <a class="btn btn-outline-primary" href={`/networks/${n.slug}/audit`}>
                {t("identity.audit.title")}
              </a>
            ) : null}
          </p>
        ) : null}
      </PageTitle>
      <nav aria-labelledby="network-activities" class="mb-4">
        <h2 id="network-activities" class="h3">
          {t("identity.network.activities")}
        </h2>
        <ul class="list-inline">
          <li class="list-inline-item me-3">
            <a href={`/practices?network=${encodeURIComponent(n.slug)}`}>{t("identity.network.practices")}</a>
          </li>
          <li class="list-inline-item me-3">
            <a href={`/networks/${n.slug}/boards`}>{t("identity.network.boards")}</a>
          </li>
          <li class="list-inline-item me-3">
            <a href="/labs">{t("identity.network.labs")}</a>
          </li>
          <li class="list-inline-item me-3">
            <a href={`/networks/${n.slug}/meetings.ics`}>{t("identity.network.calendar")}</a>
          </li>
          {p.canManage ? (
            <>
              <li class="list-inline-item me-3">
                <a href={`/networks/${n.slug}/labs/new`}>{t("identity.network.newLab")}</a>
              </li>
              <li class="list-inline-item me-3">
                <a href={`/networks/${n.slug}/conferences/new`}>{t("identity.network.newConference")}</a>
              </li>
              <li class="list-inline-item me-3">
                <a href={`/networks/${n.slug}/funding/new`}>{t("identity.network.newFunding")}</a>
              </li>
              <li class="list-inline-item me-3">
                <a href={`/networks/${n.slug}/practices/import`}>{t("identity.network.importPractices")}</a>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      <section aria-labelledby="network-orgs">
        <h2 id="network-orgs" class="h3">
          {t("identity.networks.organisations")}
        </h2>
        {p.organisations.length ? (
          <ul>
            {p.organisations.map((o) => (
              <li>
                <a href={`/organisations/${o.slug}`}>{o.name}</a>
                {" — "}
                {t(`identity.orgTypes.${o.type}`)}, {o.city ? `${o.city}, ` : ""}
                {countryName(lang, o.country)}
                {o.is_pa ? <span class="badge bg-primary ms-2">{t("identity.orgs.paBadge")}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("identity.networks.noOrganisations")}</p>
        )}
      </section>
      <section aria-labelledby="network-people">
        <h2 id="network-people" class="h3">
          {t("identity.networks.people")}
        </h2>
        {p.people === null ? (
          <p>{t("identity.networks.peopleMembersOnly")}</p>
        ) : p.people.length ? (
          <ul>
            {p.people.map((m) => (
              <li>
                {m.name} <span class="text-muted">({rolesText(c, m.roles)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("identity.networks.noPeople")}</p>
        )}
      </section>
    </>,
  );
}
