// One funding call: programme, deadline, who may apply, budget, the official page and the linked
// good practices the viewer may see.
import type { Ctx } from "../../../platform/http/context.ts";
import { JsonLd } from "../../../platform/ui/json-ld.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { callJsonLd } from "../export.ts";
import type { FundingCall } from "../funding.service.ts";
import { budgetText, deadlineText } from "./parts.tsx";

export function callPage(
  c: Ctx,
  d: {
    call: FundingCall;
    network: { slug: string; name: string };
    practices: { slug: string; title: string }[];
    canManage: boolean;
    closed: boolean;
  },
) {
  const t = c.get("t");
  const { call } = d;
  return render(
    c,
    {
      title: call.title,
      breadcrumbs: [{ href: "/funding", label: t("funding.title") }, { label: call.title }],
    },
    <article>
      <JsonLd
        data={{ "@context": "https://schema.org", ...callJsonLd(c.get("deps").config.baseUrl, call) }}
      />
      <p class="mb-1">
        <span class="badge bg-primary">{t(`funding.programmes.${call.programme}`)}</span>
        {d.closed ? <span class="badge bg-secondary ms-1">{t("funding.closed")}</span> : null}
        {call.visibility !== "public" ? (
          <span class="badge bg-light text-dark ms-1">{t(`funding.visibility.${call.visibility}`)}</span>
        ) : null}
      </p>
      <h1>{call.title}</h1>
      {call.summary ? <p class="lead">{call.summary}</p> : null}
      <dl class="row">
        <dt class="col-sm-3">{t("funding.deadline")}</dt>
        <dd class="col-sm-9">
          <time datetime={call.deadline.toISOString()}>{deadlineText(c, call)}</time>
        </dd>
        <dt class="col-sm-3">{t("funding.eligibleBodies")}</dt>
        <dd class="col-sm-9">
          {call.eligibleBodies.length ? (
            <ul class="mb-0">
              {call.eligibleBodies.map((b) => (
                <li>{t(`identity.orgTypes.${b}`)}</li>
              ))}
            </ul>
          ) : (
            t("funding.eligibleAny")
          )}
        </dd>
        <dt class="col-sm-3">{t("funding.budget")}</dt>
        <dd class="col-sm-9">{budgetText(c, call)}</dd>
        <dt class="col-sm-3">{t("funding.network")}</dt>
        <dd class="col-sm-9">
          <a href={`/networks/${d.network.slug}`}>{d.network.name}</a>
        </dd>
      </dl>
      <p>
        <a class="btn btn-primary" href={call.url} rel="noopener external">
          {t("funding.link")}
        </a>{" "}
        {d.canManage ? (
          <a class="btn btn-outline-primary" href={`/funding/${call.slug}/edit`}>
            {t("funding.edit")}
          </a>
        ) : null}
      </p>
      <section aria-labelledby="linked-practices" class="mt-4">
        <h2 id="linked-practices" class="h4">
          {t("funding.practices")}
        </h2>
        {d.practices.length ? (
          <ul>
            {d.practices.map((p) => (
              <li>
                <a href={`/practices/${p.slug}`}>{p.title}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("funding.noPractices")}</p>
        )}
      </section>
      <p class="mt-4">
        <a href="/funding/calendar.ics">{t("funding.calendarFeed")}</a>
      </p>
    </article>,
  );
}
