// The page for someone signed in with an address other than the invited one: it names the invited
// address (masked), and offers to sign out and sign in with it, coming back to the invitation.
import type { Ctx } from "../../../platform/http/context.ts";
import { emptyForm } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { maskEmail } from "../invitations.address.ts";
import "../messages.invitations.ts";

export const SWITCH_ACCOUNT_PATH = "/invitations/switch-account";

export function otherAddressPage(c: Ctx, p: { invitedEmail: string; here: string }, status = 403) {
  const t = c.get("t");
  const title = t("identity.invitations.otherAddress.title");
  // The link is a secret: keep it out of Referer headers sent to other sites.
  c.header("Referrer-Policy", "no-referrer");
  return formPage(
    c,
    {
      title,
      intro: (
        <>
          <div class="alert alert-warning" role="alert">
            {t("identity.invitations.otherAddress.lead", {
              invited: maskEmail(p.invitedEmail),
              yours: c.get("actor")?.email ?? "",
            })}
          </div>
          <p>{t("identity.invitations.otherAddress.how")}</p>
        </>
      ),
      form: emptyForm(),
      action: SWITCH_ACCOUNT_PATH,
      submit: t("identity.invitations.otherAddress.switch"),
      children: <input type="hidden" name="next" value={p.here} />,
      after: <p class="mt-4">{t("identity.invitations.otherAddress.ask")}</p>,
    },
    status,
  );
}
