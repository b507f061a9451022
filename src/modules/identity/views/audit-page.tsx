// The audit log, newest first: who changed which membership, role, flag or invitation, and when.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { auditPage } from "../audit.service.ts";
import { Pagination } from "./identity-shared.tsx";

type AuditData = Awaited<ReturnType<typeof auditPage>>;
type Row = AuditData["rows"][number];

function describe(c: Ctx, r: Row): string {
  const t = c.get("t");
  const d = (r.details ?? {}) as Record<string, unknown>;
  const roles = (v: unknown) =>
    Array.isArray(v) ? v.map((x) => t(`identity.roles.${String(x)}`)).join(", ") || "—" : "";
  return t(`identity.audit.action.${r.action}`, {
    subject: r.subject_name ?? "—",
    organisation: r.organisation_name ?? String(d.name ?? "—"),
    network: r.network_name ?? String(d.name ?? "—"),
    email: String(d.email ?? ""),
    // Entries of the labs module (lab.*) name their lab and, for what was deleted, its title.
    lab: String(d.lab ?? ""),
    title: String(d.title ?? ""),
    role: d.role ? t(`identity.roles.${String(d.role)}`) : "",
    before: roles(d.before),
    after: roles(d.after),
  });
}

export function auditLogPage(
  c: Ctx,
  p: {
    data: AuditData;
    title: string;
    breadcrumbs: { href?: string; label: string }[];
    showNetwork: boolean;
  },
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const tz = c.get("deps").config.timeZone;
  return render(
    c,
    { title: p.title, breadcrumbs: p.breadcrumbs },
    <>
      <PageTitle title={p.title} lead={t("identity.audit.lead")} />
      {p.data.rows.length === 0 ? (
        <p>{t("identity.audit.empty")}</p>
      ) : (
        <div class="table-responsive">
          <table class="table">
            <caption class="visually-hidden">{p.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t("identity.audit.when")}</th>
                <th scope="col">{t("identity.audit.who")}</th>
                <th scope="col">{t("identity.audit.what")}</th>
                {p.showNetwork ? <th scope="col">{t("layout.network")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {p.data.rows.map((r) => (
                <tr>
                  <td>
                    <time datetime={r.at.toISOString()}>{formatDate(lang, r.at, tz, true)}</time>
                  </td>
                  <td>{r.actor_name ?? t("identity.audit.unknownActor")}</td>
                  <td>{describe(c, r)}</td>
                  {p.showNetwork ? (
                    <td>
                      {r.network_slug ? <a href={`/networks/${r.network_slug}`}>{r.network_name}</a> : "—"}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination c={c} page={p.data.page} pages={p.data.pages} />
    </>,
  );
}
