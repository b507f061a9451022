// The labs a viewer may see: each with its network, period, status, next meeting and cover.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate, type Lang } from "../../../platform/i18n/index.ts";
import { PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Lab } from "../labs.types.ts";
import type { LabOverview } from "../labs-overview.service.ts";
import { formatWhen } from "../when.ts";

const day = (lang: Lang, d: string) => formatDate(lang, new Date(`${d}T12:00:00Z`), "UTC");

const STATUS_BADGE = {
  upcoming: "bg-primary",
  "in-progress": "bg-success",
  finished: "bg-secondary",
} as const;

/** `networks`: each listed lab's network, by id (name and address); `overview`: by lab id. */
export function labsListPage(
  c: Ctx,
  labs: Lab[],
  networks: ReadonlyMap<string, { slug: string; name: string }>,
  overview: ReadonlyMap<string, LabOverview>,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  return render(
    c,
    { title: t("labs.title"), breadcrumbs: [{ label: t("labs.title") }] },
    <>
      <PageTitle title={t("labs.title")} lead={t("labs.lead")} />
      {c.get("actor") ? (
        <p>
          <a href="/me/meetings">{t("labs.my.title")}</a>
        </p>
      ) : null}
      {labs.length === 0 ? (
        <p>{t("labs.none")}</p>
      ) : (
        <ul class="row list-unstyled g-3">
          {labs.map((l) => {
            const o = overview.get(l.id);
            return (
              <li class="col-12 col-md-6">
                <div class="card card-bg h-100">
                  {o?.cover ? (
                    <img src={o.cover.url} alt={o.cover.alt} class="card-img-top" loading="lazy" />
                  ) : null}
                  <div class="card-body">
                    <h2 class="card-title h5">
                      <a href={`/labs/${l.slug}`}>{l.title}</a>
                    </h2>
                    {o?.status ? (
                      <p class="mb-2">
                        <span class={`badge ${STATUS_BADGE[o.status]}`}>{t(`labs.status.${o.status}`)}</span>
                      </p>
                    ) : null}
                    {l.theme ? <p class="card-text">{l.theme}</p> : null}
                    <p class="card-text small mb-1">
                      {t("labs.network")}:{" "}
                      <a href={`/networks/${networks.get(l.networkId)?.slug ?? ""}`}>
                        {networks.get(l.networkId)?.name ?? ""}
                      </a>
                    </p>
                    {l.periodStart || l.periodEnd ? (
                      <p class="card-text small mb-1">
                        {t("labs.period")}:{" "}
                        {[l.periodStart, l.periodEnd].map((d) => (d ? day(lang, d) : "…")).join(" – ")}
                      </p>
                    ) : null}
                    {o?.next ? (
                      <p class="card-text small mb-1">
                        {t("labs.nextMeeting")}: {formatWhen(lang, o.next)} –{" "}
                        <a href={`/labs/${l.slug}/meetings/${o.next.slug}`}>{o.next.title}</a>
                      </p>
                    ) : o?.status ? (
                      <p class="card-text small mb-1">{t("labs.noNextMeeting")}</p>
                    ) : null}
                    {l.visibility !== "public" ? (
                      <p class="card-text small">{t(`labs.visibility.${l.visibility}`)}</p>
                    ) : null}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>,
  );
}
