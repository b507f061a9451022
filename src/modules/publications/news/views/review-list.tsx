// What waits for the network's editors: the proposals sent and not yet decided, oldest first, each
// linking to its page where the decision is taken.
import type { Ctx } from "../../../../platform/http/context.ts";
import { formatDate } from "../../../../platform/i18n/index.ts";
import { PageTitle } from "../../../../platform/ui/components.tsx";
import { render } from "../../../../platform/ui/layout.tsx";
import type { NewsItem } from "../news.service.ts";

export function reviewPage(c: Ctx, network: { slug: string; name: string }, items: NewsItem[]) {
  const t = c.get("t");
  const lang = c.get("lang");
  const tz = c.get("deps").config.timeZone;
  const column = `/networks/${network.slug}/news`;
  return render(
    c,
    {
      title: `${t("publications.news.reviewTitle")} · ${network.name}`,
      breadcrumbs: [
        { href: `/networks/${network.slug}`, label: network.name },
        { href: column, label: t("publications.news.column") },
        { label: t("publications.news.reviewTitle") },
      ],
    },
    <>
      <PageTitle title={t("publications.news.reviewTitle")} lead={t("publications.news.reviewLead")} />
      {items.length ? (
        <ul class="list-unstyled">
          {items.map((item) => (
            <li class="mb-3">
              <a href={`${column}/${item.id}`} hreflang={item.language}>
                <span lang={item.language}>{item.title}</span>
              </a>
              <br />
              <span class="small text-muted">
                {[item.bylineName, item.bylineOrganisation].filter(Boolean).join(", ")} ·{" "}
                <time datetime={item.updatedAt.toISOString()}>{formatDate(lang, item.updatedAt, tz)}</time>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("publications.news.nothingToReview")}</p>
      )}
    </>,
  );
}
