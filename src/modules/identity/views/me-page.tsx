// The person's own area: a greeting, their account's links, then every module's section
// (slot `identity.me.sections`), each saying what is theirs and where it continues.
import type { Ctx } from "../../../platform/http/context.ts";
import { PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { Slot } from "../../../platform/ui/slots.tsx";

export function mePage(c: Ctx) {
  const t = c.get("t");
  const actor = c.get("actor")!;
  return render(
    c,
    { title: t("identity.me.title"), breadcrumbs: [{ label: t("identity.me.title") }] },
    <>
      <PageTitle title={t("identity.me.title")} lead={t("identity.me.lead", { name: actor.name })} />
      <p>
        <a href="/account">{t("identity.me.account")}</a>
      </p>
      <div class="me-sections">
        <Slot c={c} name="identity.me.sections" subject={{ accountId: actor.id }} />
      </div>
    </>,
  );
}
