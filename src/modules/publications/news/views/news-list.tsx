// A news column (one network's, or every network's at /news): published items the viewer may see,
// newest first, with a plain GET form to filter by kind, tag and language, pages of ten, and the
// links to the Atom and RSS feeds.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../../platform/http/context.ts";
import { formatDate } from "../../../../platform/i18n/index.ts";
import { PageTitle } from "../../../../platform/ui/components.tsx";
import { render } from "../../../../platform/ui/layout.tsx";
import type { NewsItem } from "../news.service.ts";
import { NEWS_KINDS, NEWS_LANGUAGES } from "../tables.ts";

type NetworkRef = { id: string; slug: string; name: string };

export type NewsListData = {
  /** The network of the column; absent for /news. */
  network?: NetworkRef;
  networks: Map<string, NetworkRef>;
  items: NewsItem[];
  page: number;
  pages: number;
  filter: { kind?: string; tag?: string; language?: string };
  tags: string[];
  canPropose: boolean;
  canReview: boolean;
};

/** One item in a list: kind, title (in its own language), summary, network and date. */
export const NewsCard: FC<{ c: Ctx; item: NewsItem; network?: NetworkRef }> = ({ c, item, network }) => {
  const t = c.get("t");
  const lang = c.get("lang");
  const tz = c.get("deps").config.timeZone;
  const href = network ? `/networks/${network.slug}/news/${item.id}` : "#";
  return (
    <article class="card card-bg h-100" lang={item.language}>
      <div class="card-body">
        <p class="small mb-1" lang={lang}>
          <span class="badge bg-primary">{t(`publications.news.kinds.${item.kind}`)}</span>
          {item.visibility !== "public" ? (
            <span class="badge bg-light text-dark ms-1">
              {t(`publications.news.visibility.${item.visibility}`)}
            </span>
          ) : null}
        </p>
        <h3 class="card-title h5">
          <a href={href} hreflang={item.language}>
            {item.title}
          </a>
        </h3>
        <p class="card-text">{item.summary}</p>
        <p class="small text-muted mb-0" lang={lang}>
          {network ? `${network.name} · ` : ""}
          {item.publishedAt ? (
            <time datetime={item.publishedAt.toISOString()}>{formatDate(lang, item.publishedAt, tz)}</time>
          ) : null}
        </p>
      </div>
    </article>
  );
};

function pageHref(c: Ctx, page: number): string {
  const url = new URL(c.req.url);
  url.searchParams.set("page", String(page));
  return `${url.pathname}?${url.searchParams.toString()}`;
}

const Filters: FC<{ c: Ctx; d: NewsListData; action: string }> = ({ c, d, action }) => {
  const t = c.get("t");
  const option = (value: string, label: string, current?: string) => (
    <option value={value} selected={value === (current ?? "")}>
      {label}
    </option>
  );
  return (
    <form
      method="get"
      action={action}
      class="row g-3 align-items-end mb-4"
      aria-label={t("publications.news.filters")}
    >
      <div class="col-12 col-md-3">
        <label for="kind" class="form-label">
          {t("publications.news.kind")}
        </label>
        <select id="kind" name="kind" class="form-select">
          {option("", t("publications.news.any"), d.filter.kind)}
          {NEWS_KINDS.map((k) => option(k, t(`publications.news.kinds.${k}`), d.filter.kind))}
        </select>
      </div>
      <div class="col-12 col-md-3">
        <label for="tag" class="form-label">
          {t("publications.news.tag")}
        </label>
        <select id="tag" name="tag" class="form-select">
          {option("", t("publications.news.any"), d.filter.tag)}
          {d.tags.map((tag) => option(tag, tag, d.filter.tag))}
        </select>
      </div>
      <div class="col-12 col-md-3">
        <label for="language" class="form-label">
          {t("publications.news.language")}
        </label>
        <select id="language" name="language" class="form-select">
          {option("", t("publications.news.any"), d.filter.language)}
          {NEWS_LANGUAGES.map((l) => option(l, t(`publications.news.languages.${l}`), d.filter.language))}
        </select>
      </div>
      <div class="col-12 col-md-3">
        <button type="submit" class="btn btn-primary">
          {t("publications.news.filter")}
        </button>
      </div>
    </form>
  );
};

export function newsListPage(c: Ctx, d: NewsListData) {
  const t = c.get("t");
  const base = d.network ? `/networks/${d.network.slug}/news` : "/news";
  const title = d.network
    ? t("publications.news.columnOf", { network: d.network.name })
    : t("publications.news.title");
  return render(
    c,
    {
      title,
      breadcrumbs: d.network
        ? [
            { href: `/networks/${d.network.slug}`, label: d.network.name },
            { label: t("publications.news.column") },
          ]
        : [{ label: t("publications.news.title") }],
    },
    <>
      <PageTitle title={title} lead={t("publications.news.lead")} />
      <p class="d-flex flex-wrap gap-3">
        {d.canPropose && d.network ? (
          <a class="btn btn-primary" href={`${base}/propose`}>
            {t("publications.news.propose")}
          </a>
        ) : null}
        {d.canReview && d.network ? (
          <a class="btn btn-outline-primary" href={`${base}/review`}>
            {t("publications.news.review")}
          </a>
        ) : null}
        <a href={`${base}/feed.xml`} type="application/atom+xml">
          {t("publications.news.atom")}
        </a>
        <a href={`${base}/feed.rss`} type="application/rss+xml">
          {t("publications.news.rss")}
        </a>
      </p>
      <Filters c={c} d={d} action={base} />
      <h2 class="visually-hidden">{t("publications.news.items")}</h2>
      {d.items.length ? (
        <ul class="row list-unstyled g-3">
          {d.items.map((item) => (
            <li class="col-12 col-md-6">
              <NewsCard c={c} item={item} network={d.network ?? d.networks.get(item.networkId)} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("publications.news.none")}</p>
      )}
      {d.pages > 1 ? (
        <nav class="pagination-wrapper" aria-label={t("publications.news.pages")}>
          <ul class="pagination">
            {d.page > 1 ? (
              <li class="page-item">
                <a class="page-link" href={pageHref(c, d.page - 1)}>
                  {t("publications.news.previous")}
                </a>
              </li>
            ) : null}
            <li class="page-item">
              <span class="page-link" aria-current="page">
                {t("publications.news.pageOf", { page: d.page, pages: d.pages })}
              </span>
            </li>
            {d.page < d.pages ? (
              <li class="page-item">
                <a class="page-link" href={pageHref(c, d.page + 1)}>
                  {t("publications.news.next")}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>,
  );
}
