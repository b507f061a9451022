// Invitations to labs waiting for the person, in their own area (/me, slot `identity.me.sections`):
// answered there by id, their verified address being the proof (identity's invitations.core.ts).
// Nothing is shown when none waits.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { AcceptOrDecline } from "../../../platform/ui/components.tsx";
import { labInvitationsFor } from "../members/service.ts";
import "../members/messages.members.ts";

export async function myLabInvitationsSection(c: Ctx) {
  const actor = c.get("actor");
  if (!actor) return null;
  const deps = c.get("deps");
  const waiting = await labInvitationsFor(deps, actor);
  if (!waiting.length) return null;
  const t = c.get("t");
  const lang = c.get("lang");
  const labels = { accept: t("labs.members.accept"), decline: t("labs.members.decline"), signInFirst: "" };
  return (
    <section aria-labelledby="me-lab-invitations" class="mb-4">
      <h2 id="me-lab-invitations" class="h4">
        {t("labs.me.invitations")}
      </h2>
      <ul class="list-unstyled">
        {waiting.map(({ inv, lab }) => (
          <li class="mb-3">
            <span id={`lab-inv-${inv.id}`}>
              {t("labs.me.invitation", {
                lab: lab.title,
                role: t(`labs.members.role.${inv.role}`),
                by: inv.inviterName ?? inv.networkName,
                date: formatDate(lang, inv.expiresAt, deps.config.timeZone),
              })}
            </span>
            <AcceptOrDecline
              here={`/me/lab-invitations/${inv.id}`}
              signedIn
              csrfToken={c.get("csrfToken")}
              t={t}
              labels={labels}
              describedBy={`lab-inv-${inv.id}`}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
