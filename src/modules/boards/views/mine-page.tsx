// "Sessioni partecipative", where the main navigation leads: for each network the person belongs
// to, its sessions under way (each a link to its page), all its sessions, and "new session" for
// those who may start one.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { sessionsOfMyNetworks } from "../boards.service.ts";
import "../messages.here.ts";

type Mine = Awaited<ReturnType<typeof sessionsOfMyNetworks>>;

export function minePage(c: Ctx, mine: Mine) {
  const t = c.get("t");
  const lang = c.get("lang");
  const zone = c.get("deps").config.timeZone;
  return render(
    c,
    { title: t("boards.title") },
    <>
      <PageTitle title={t("boards.title")} lead={t("boards.mine.lead")} />
      {mine.length === 0 ? (
        <p>
          {t("boards.mine.noNetworks")} <a href="/networks">{t("boards.mine.networks")}</a>
        </p>
      ) : (
        mine.map(({ network, open, canCreate }) => (
          <section aria-labelledby={`network-${network.id}`} class="mb-5">
            <h2 id={`network-${network.id}`} class="h3">
              {network.name}
            </h2>
            <h3 class="h5">{t("boards.mine.open")}</h3>
            {open.length === 0 ? (
              <p>{t("boards.mine.noneOpen")}</p>
            ) : (
              <ul>
                {open.map((s) => (
                  <li class="mb-1">
                    <a href={`/boards/${s.id}`}>{s.title}</a> · {t("boards.phase")}:{" "}
                    {t(`boards.phase.${s.phase}`)} ·{" "}
                    {t("boards.createdOn", { date: formatDate(lang, s.created_at, zone) })}
                  </li>
                ))}
              </ul>
            )}
            <p class="d-flex flex-wrap gap-3 align-items-center">
              <a href={`/networks/${network.slug}/boards`}>
                {t("boards.mine.all", { network: network.name })}
              </a>
              {canCreate ? (
                <a class="btn btn-sm btn-primary" href={`/networks/${network.slug}/boards/new`}>
                  {t("boards.new")}
                </a>
              ) : null}
            </p>
          </section>
        ))
      )}
    </>,
  );
}
