// The list of conferences: upcoming ones first (soonest first), then past ones; coordinators see
// where they can add one.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import type { Lang, T } from "../../../platform/i18n/index.ts";
import { PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Conference } from "../types.ts";
import { dayRange } from "../when.ts";

const Cards: FC<{ items: Conference[]; networks: Map<string, { name: string }>; lang: Lang; t: T }> = (p) => (
  <ul class="list-unstyled">
    {p.items.map((c) => (
      <li class="mb-3">
        <h3 class="h5 mb-1">
          <a href={`/conferences/${c.slug}`}>{c.title}</a>
        </h3>
        <p class="mb-0 text-muted">
          {dayRange(p.lang, c.startsOn, c.endsOn)}
          {c.venue ? ` · ${c.venue}` : ""}
          {p.networks.get(c.networkId) ? ` · ${p.networks.get(c.networkId)!.name}` : ""}
        </p>
      </li>
    ))}
  </ul>
);

export function conferenceListPage(
  c: Ctx,
  d: {
    upcoming: Conference[];
    past: Conference[];
    networks: Map<string, { name: string }>;
    canAddIn: { slug: string; name: string }[];
  },
) {
  const t = c.get("t");
  const lang = c.get("lang");
  return render(
    c,
    { title: t("conferences.title"), breadcrumbs: [{ label: t("conferences.title") }] },
    <div>
      <PageTitle title={t("conferences.title")} lead={t("conferences.lead")} />
      {d.canAddIn.length ? (
        <ul class="list-inline">
          {d.canAddIn.map((n) => (
            <li class="list-inline-item">
              <a class="btn btn-outline-primary btn-sm" href={`/networks/${n.slug}/conferences/new`}>
                {t("conferences.addIn", { network: n.name })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t("conferences.upcoming")}</h2>
        {d.upcoming.length ? (
          <Cards items={d.upcoming} networks={d.networks} lang={lang} t={t} />
        ) : (
          <p>{t("conferences.noneUpcoming")}</p>
        )}
      </section>
      <section aria-labelledby="past" class="mt-4">
        <h2 id="past">{t("conferences.past")}</h2>
        {d.past.length ? (
          <Cards items={d.past} networks={d.networks} lang={lang} t={t} />
        ) : (
          <p>{t("conferences.nonePast")}</p>
        )}
      </section>
    </div>,
  );
}
