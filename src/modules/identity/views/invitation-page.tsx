// An invitation seen through its link: network, role, who invited; accept or decline once signed in.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { AcceptOrDecline } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { InvitationState } from "../invitations.core.ts";
import type { NetworkInvitation } from "../invitations.kind.ts";

export function invitationPage(
  c: Ctx,
  p: { token: string; inv: NetworkInvitation; state: InvitationState; error?: string | undefined },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { inv } = p;
  const actor = c.get("actor");
  const here = `/invitations/${p.token}`;
  const title = t("identity.invitations.title", { network: inv.networkName });
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
          <dt>{t("layout.network")}</dt>
          <dd>
            <a href={`/networks/${inv.networkSlug}`}>{inv.networkName}</a>
          </dd>
          <dt>{t("identity.invitations.role")}</dt>
          <dd>{t(`identity.roles.${inv.role}`)}</dd>
          <dt>{t("identity.invitations.invitedBy")}</dt>
          <dd>{inv.inviterName ?? "—"}</dd>
          <dt>{t("identity.invitations.expires")}</dt>
          <dd>{formatDate(lang, inv.expiresAt, c.get("deps").config.timeZone)}</dd>
        </dl>
        {p.state !== "pending" ? (
          <div class="alert alert-warning" role="status">
            {t(`identity.invitations.state.${p.state}`)}
          </div>
        ) : (
          <AcceptOrDecline
            here={here}
            signedIn={Boolean(actor)}
            csrfToken={c.get("csrfToken")}
            t={t}
            labels={{
              accept: t("identity.invitations.accept"),
              decline: t("identity.invitations.decline"),
              signInFirst: t("identity.invitations.signInFirst"),
            }}
          />
        )}
      </div>
    </div>,
    status,
  );
}
