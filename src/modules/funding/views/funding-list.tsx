// The funding calls a viewer may see: open ones soonest deadline first, closed ones apart.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { FundingCall } from "../funding.service.ts";
import { budgetText, deadlineText } from "./parts.tsx";

type NetworkRef = { id: string; slug: string; name: string };

const CallList: FC<{ c: Ctx; calls: FundingCall[]; networks: Map<string, NetworkRef>; closed?: boolean }> = ({
  c,
  calls,
  networks,
  closed,
}) => {
  const t = c.get("t");
  return (
    <ul class="row list-unstyled g-3">
      {calls.map((call) => (
        <li class="col-12 col-md-6">
          <article class="card card-bg h-100">
            <div class="card-body">
              <p class="small mb-1">
                <span class="badge bg-primary">{t(`funding.programmes.${call.programme}`)}</span>
                {closed ? <span class="badge bg-secondary ms-1">{t("funding.closed")}</span> : null}
              </p>
              <h3 class="card-title h5">
                <a href={`/funding/${call.slug}`}>{call.title}</a>
              </h3>
              <dl class="row small mb-0">
                <dt class="col-5">{t("funding.deadline")}</dt>
                <dd class="col-7">
                  <time datetime={call.deadline.toISOString()}>{deadlineText(c, call)}</time>
                </dd>
                <dt class="col-5">{t("funding.budget")}</dt>
                <dd class="col-7">{budgetText(c, call)}</dd>
                <dt class="col-5">{t("funding.network")}</dt>
                <dd class="col-7">{networks.get(call.networkId)?.name ?? ""}</dd>
              </dl>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
};

export function fundingListPage(
  c: Ctx,
  d: { open: FundingCall[]; past: FundingCall[]; networks: Map<string, NetworkRef>; canAddIn: NetworkRef[] },
) {
  const t = c.get("t");
  return render(
    c,
    { title: t("funding.title"), breadcrumbs: [{ label: t("funding.title") }] },
    <>
      <PageTitle title={t("funding.title")} lead={t("funding.lead")}>
        <ul class="list-inline">
          <li class="list-inline-item">
            <a href="/funding/calendar.ics">{t("funding.calendarFeed")}</a>
          </li>
          {d.canAddIn.map((n) => (
            <li class="list-inline-item">
              <a class="btn btn-outline-primary btn-sm" href={`/networks/${n.slug}/funding/new`}>
                {t("funding.addIn", { network: n.name })}
              </a>
            </li>
          ))}
        </ul>
      </PageTitle>
      <section aria-labelledby="open-calls">
        <h2 id="open-calls">{t("funding.open")}</h2>
        {d.open.length ? (
          <CallList c={c} calls={d.open} networks={d.networks} />
        ) : (
          <p>{t("funding.noneOpen")}</p>
        )}
      </section>
      <section aria-labelledby="past-calls" class="mt-5">
        <h2 id="past-calls">{t("funding.past")}</h2>
        {d.past.length ? (
          <CallList c={c} calls={d.past} networks={d.networks} closed />
        ) : (
          <p>{t("funding.nonePast")}</p>
        )}
      </section>
    </>,
  );
}
