// Identity's section of the home page (slot `app.home.sections`, place `public`): the networks, as
// the network list shows them. listNetworks is memoised until the next write (networks.service.ts).
import type { Ctx } from "../../platform/http/context.ts";
import { registerMessages } from "../../platform/i18n/index.ts";
import type { SlotSubjects } from "../../platform/ui/slots.tsx";
import { listNetworks } from "./networks.service.ts";
import { NetworkCards } from "./views/networks-pages.tsx";

registerMessages({
  it: { "identity.home.networks": "Le reti", "identity.home.all": "Tutte le reti e le loro organizzazioni" },
  en: {
    "identity.home.networks": "The networks",
    "identity.home.all": "All networks and their organisations",
  },
});

export async function homeNetworks(c: Ctx, { place }: SlotSubjects["app.home.sections"]) {
  if (place !== "public") return null;
  const t = c.get("t");
  const networks = await listNetworks(c.get("deps"));
  return (
    <section class="col-12" aria-labelledby="home-networks">
      <h2 id="home-networks" class="h3">
        {t("identity.home.networks")}
      </h2>
      <NetworkCards c={c} networks={networks} heading="h3" columns="col-12 col-md-6 col-lg-4" />
      <p class="mt-3">
        <a href="/networks">{t("identity.home.all")}</a>
      </p>
    </section>
  );
}
