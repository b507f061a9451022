// Boards' part of the home page (slot `app.home.sections`, place `personal`): the participatory
// sessions under way in the signed-in person's networks, the way in to each. Their own, so not
// memoised; nothing for someone in no network or when no session is open.
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import type { Ctx } from "../../platform/http/context.ts";
import { untilNextWrite } from "../../platform/http/render-cache.ts";
import { registerMessages } from "../../platform/i18n/index.ts";
import type { SlotSubjects } from "../../platform/ui/slots.tsx";
import { sessionsOfMyNetworks } from "./boards.service.ts";

const SHOWN = 4;

registerMessages({
  it: {
    "boards.home.title": "Sessioni partecipative in corso",
    "boards.home.all": "Tutte le sessioni delle tue reti",
  },
  en: {
    "boards.home.title": "Participatory sessions under way",
    "boards.home.all": "All sessions of your networks",
  },
});

// The open sessions of the person's networks, remembered as their session is (until the next write).
const sessionsOf = untilNextWrite(async (deps: Deps, _id: string, actor: Actor) =>
  sessionsOfMyNetworks(deps, actor),
);

export async function homeSessions(c: Ctx, { place }: SlotSubjects["app.home.sections"]) {
  const actor = c.get("actor");
  if (place !== "personal" || !actor) return null;
  const t = c.get("t");
  const networks = await sessionsOf(c.get("deps"), actor.id, actor);
  const open = networks.flatMap((n) => n.open.map((s) => ({ s, network: n.network })));
  if (open.length === 0) return null;
  return (
    <section class="col-12 col-md-6 col-lg-4" aria-labelledby="home-sessions">
      <div class="card card-bg h-100">
        <div class="card-body">
          <h3 id="home-sessions" class="card-title h5">
            {t("boards.home.title")}
          </h3>
          <ul class="list-unstyled">
            {open.slice(0, SHOWN).map(({ s, network }) => (
              <li class="mb-2">
                <a href={`/boards/${s.id}`}>{s.title}</a>
                <span class="d-block small">
                  {network.name} · {t(`boards.phase.${s.phase}`)}
                </span>
              </li>
            ))}
          </ul>
          <p class="mb-0">
            <a href="/boards">{t("boards.home.all")}</a>
          </p>
        </div>
      </div>
    </section>
  );
}
