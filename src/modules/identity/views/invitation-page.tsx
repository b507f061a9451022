// An invitation seen through its link: network, role, who invited; accept or decline once signed in.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { render } from "../../../platform/ui/layout.tsx";
import type { InvitationRow } from "../invitations.repo.ts";
import type { InvitationState } from "../invitations.service.ts";

export function invitationPage(
  c: Ctx,
  p: { token: string; inv: InvitationRow; state: InvitationState; error?: string | undefined },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { inv } = p;
  const actor = c.get("actor");
  const here = `/invitations/${p.token}`;
  const next = encodeURIComponent(here);
  const title = t("identity.invitations.title", { network: inv.network_name });
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
            <a href={`/networks/${inv.network_slug}`}>{inv.network_name}</a>
          </dd>
          <dt>{t("identity.invitations.role")}</dt>
          <dd>{t(`identity.roles.${inv.role}`)}</dd>
          <dt>{t("identity.invitations.invitedBy")}</dt>
          <dd>{inv.inviter_name ?? "—"}</dd>
          <dt>{t("identity.invitations.expires")}</dt>
          <dd>{formatDate(lang, inv.expires_at, c.get("deps").config.timeZone)}</dd>
        </dl>
        {p.state !== "pending" ? (
          <div class="alert alert-warning" role="status">
            {t(`identity.invitations.state.${p.state}`)}
          </div>
        ) : actor ? (
          <div class="d-flex gap-2">
            <form method="post" action={`${here}/accept`}>
              <input type="hidden" name="_csrf" value={c.get("csrfToken")()} />
              <button type="submit" class="btn btn-primary">
                {t("identity.invitations.accept")}
              </button>
            </form>
            <form method="post" action={`${here}/decline`}>
              <input type="hidden" name="_csrf" value={c.get("csrfToken")()} />
              <button type="submit" class="btn btn-outline-primary">
                {t("identity.invitations.decline")}
              </button>
            </form>
          </div>
        ) : (
          <>
            <p>{t("identity.invitations.signInFirst")}</p>
            <p class="d-flex gap-2">
              <a class="btn btn-primary" href={`/sign-in?next=${next}`}>
                {t("layout.signIn")}
              </a>
              <a class="btn btn-outline-primary" href={`/sign-up?next=${next}`}>
                {t("layout.signUp")}
              </a>
            </p>
          </>
        )}
      </div>
    </div>,
    status,
  );
}
