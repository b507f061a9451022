// Boards' section of the person's own area (/me): the participatory sessions under way in their
// networks, with the way in; nothing for someone in no network.
import type { Ctx } from "../../../platform/http/context.ts";
import { sessionsOfMyNetworks } from "../boards.service.ts";

export async function mySessionsSection(c: Ctx) {
  const actor = c.get("actor");
  if (!actor) return null;
  const t = c.get("t");
  const networks = await sessionsOfMyNetworks(c.get("deps"), actor);
  if (networks.length === 0) return null;
  const open = networks.flatMap((n) => n.open.map((s) => ({ s, network: n.network })));
  return (
    <section aria-labelledby="me-sessions" class="mb-4">
      <h2 id="me-sessions" class="h4">
        {t("boards.me.title")}
      </h2>
      {open.length === 0 ? (
        <p>{t("boards.me.none")}</p>
      ) : (
        <ul class="list-unstyled">
          {open.map(({ s, network }) => (
            <li class="mb-2">
              <a href={`/boards/${s.id}`}>{s.title}</a>
              <span class="d-block small">
                {network.name} · {t(`boards.phase.${s.phase}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/boards">{t("boards.me.all")}</a>
      </p>
    </section>
  );
}
