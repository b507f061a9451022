// "Waiting for you" in the person's own area (/me): invitations to networks sent to their verified
// address, answered here without the mailed link, and — for organisation managers — the people and
// networks asking for an answer. Nothing is shown when nothing waits.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { AcceptOrDecline } from "../../../platform/ui/components.tsx";
import { networkInvitationsFor } from "../invitations.service.ts";
import { requestsWaiting } from "../organisations.repo.ts";
import "../messages.me.ts";

export async function waitingSection(c: Ctx) {
  const actor = c.get("actor");
  if (!actor) return null;
  const deps = c.get("deps");
  const t = c.get("t");
  const lang = c.get("lang");
  const managed = actor.organisations.filter((o) => o.role === "manager").map((o) => o.id);
  const [invitations, requests] = await Promise.all([
    networkInvitationsFor(deps, actor),
    requestsWaiting(deps.db, managed),
  ]);
  if (!invitations.length && !requests.length) return null;
  const labels = {
    accept: t("identity.invitations.accept"),
    decline: t("identity.invitations.decline"),
    signInFirst: "",
  };
  return (
    <section aria-labelledby="me-waiting" class="mb-4">
      <h2 id="me-waiting" class="h4">
        {t("identity.me.waiting.title")}
      </h2>
      <ul class="list-unstyled">
        {invitations.map((inv) => (
          <li class="mb-3">
            <span id={`inv-${inv.id}`}>
              {t("identity.me.waiting.invitation", {
                network: inv.networkName,
                role: t(`identity.roles.${inv.role}`),
                by: inv.inviterName ?? t("identity.me.waiting.someone"),
                date: formatDate(lang, inv.expiresAt, deps.config.timeZone),
              })}
            </span>
            <AcceptOrDecline
              here={`/me/invitations/${inv.id}`}
              signedIn
              csrfToken={c.get("csrfToken")}
              t={t}
              labels={labels}
              describedBy={`inv-${inv.id}`}
            />
          </li>
        ))}
        {requests.map((r) => (
          <li class="mb-3">
            <a href={`/organisations/${r.slug}#${r.people ? "pending-heading" : "network-requests-heading"}`}>
              {r.name}
            </a>
            {": "}
            {[
              r.people ? t("identity.me.waiting.people", { n: r.people }) : null,
              r.networks ? t("identity.me.waiting.networks", { n: r.networks }) : null,
            ]
              .filter(Boolean)
              .join("; ")}
          </li>
        ))}
      </ul>
    </section>
  );
}
