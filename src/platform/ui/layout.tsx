// The shared page frame in the style of Designers Italia: skip links, a slim header with the network
// context, language switch and account links, the brand, the main navigation, and the footer with
// the accessibility statement and privacy notice. No inline scripts or styles (strict CSP).
import type { Child, FC } from "hono/jsx";
import type { Ctx } from "../http/context.ts";
import { LANGS, type Lang } from "../i18n/index.ts";
import { FlashMessage, RequiredMark } from "./components.tsx";
import { navigationFor } from "./navigation.ts";
import { Slot } from "./slots.tsx";

export type PageProps = {
  title: string;
  /** Extra ES modules (Bootstrap Italia plugins or islands) this page needs, by URL. */
  scripts?: string[];
  breadcrumbs?: { href?: string; label: string }[];
  /**
   * A page that is a workspace rather than a document (the board view): the whole window's width
   * and a slimmer header (the brand band is left out; the navigation stays).
   */
  wide?: boolean;
  /** Where a browser without JavaScript should go instead (a page that is only a script's workspace). */
  noscriptRefresh?: string;
  /** Kept out of search engines' indexes (a credential's page: open to whoever has the link, listed nowhere). */
  noindex?: boolean;
  children: Child;
};

export const icon = (name: string) => `/static/bi/svg/sprites.svg#${name}`;

export const Icon: FC<{ name: string; class?: string }> = ({ name, class: cls }) => (
  <svg class={`icon ${cls ?? ""}`.trim()} aria-hidden="true" focusable="false">
    <use href={icon(name)} />
  </svg>
);

function langHref(c: Ctx, lang: Lang): string {
  const url = new URL(c.req.url);
  url.searchParams.set("lang", lang);
  return `${url.pathname}?${url.searchParams.toString()}`;
}

const Header: FC<{ c: Ctx }> = ({ c }) => {
  const t = c.get("t");
  const actor = c.get("actor");
  const lang = c.get("lang");
  const network = c.get("networkContext");
  return (
    <header class="it-header-wrapper">
      <div class="it-header-slim-wrapper">
        <div class="container">
          <div class="row">
            <div class="col-12">
              <div class="it-header-slim-wrapper-content">
                {network ? (
                  <a class="navbar-brand" href={`/networks/${network.slug}`}>
                    <span class="visually-hidden">{t("layout.network")}: </span>
                    {network.name}
                  </a>
                ) : (
                  <span class="navbar-brand d-none d-md-inline">{t("app.tagline")}</span>
                )}
                <div class="it-header-slim-right-zone">
                  <nav class="lang-switch" aria-label={t("layout.language")}>
                    <ul class="link-list-inline">
                      {LANGS.map((l) => (
                        <li>
                          {l === lang ? (
                            <span class="lang-current" aria-current="true" lang={l}>
                              {l.toUpperCase()}
                              <span class="visually-hidden"> {t(`layout.languageName.${l}`)}</span>
                            </span>
                          ) : (
                            <a href={langHref(c, l)} hreflang={l} lang={l}>
                              {l.toUpperCase()}
                              <span class="visually-hidden"> {t(`layout.languageName.${l}`)}</span>
                            </a>
                          )}
                        </li>
                      ))}
                    </ul>
                  </nav>
                  {actor ? (
                    <div class="account-zone">
                      <Slot c={c} name="layout.header.account" subject={{ accountId: actor.id }} />
                      <a class="btn btn-primary btn-sm" href="/me">
                        <span class="visually-hidden">{t("layout.myArea")}: </span>
                        {actor.name}
                      </a>
                      <form method="post" action="/sign-out" class="d-inline">
                        <input type="hidden" name="_csrf" value={c.get("csrfToken")()} />
                        <button type="submit" class="btn btn-outline-light btn-sm">
                          {t("layout.signOut")}
                        </button>
                      </form>
                    </div>
                  ) : (
                    <div class="account-zone">
                      <a class="btn btn-outline-light btn-sm" href="/sign-up">
                        {t("layout.signUp")}
                      </a>
                      <a class="btn btn-primary btn-sm" href="/sign-in">
                        {t("layout.signIn")}
                      </a>
                    </div>
                  )}
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div class="it-nav-wrapper">
        <div class="it-header-center-wrapper">
          <div class="container">
            <div class="row">
              <div class="col-12">
                <div class="it-header-center-content-wrapper">
                  <div class="it-brand-wrapper">
                    <a href="/">
                      <Icon name="it-pa" />
                      <div class="it-brand-text">
                        <div class="it-brand-title">{t("app.name")}</div>
                        <div class="it-brand-tagline d-none d-md-block">{t("app.tagline")}</div>
                      </div>
                    </a>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
        <div class="it-header-navbar-wrapper">
          <div class="container">
            <div class="row">
              <div class="col-12">
                <nav class="navbar navbar-expand-lg" aria-label={t("layout.mainNav")}>
                  <ul class="navbar-nav main-nav">
                    <li class="nav-item">
                      <a class="nav-link" href="/">
                        <span>{t("layout.home")}</span>
                      </a>
                    </li>
                    {navigationFor(actor).map((entry) => (
                      <li class="nav-item">
                        <a class="nav-link" href={entry.href}>
                          <span>{t(entry.label)}</span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </nav>
              </div>
            </div>
          </div>
        </div>
      </div>
    </header>
  );
};

const Footer: FC<{ c: Ctx }> = ({ c }) => {
  const t = c.get("t");
  return (
    <footer class="it-footer" id="footer">
      <div class="it-footer-main">
        <div class="container">
          <div class="row">
            <div class="col-12 col-md-8 pb-2">
              <p class="footer-brand h4 text-white">{t("app.name")}</p>
              <p class="text-white">{t("layout.footerAbout")}</p>
            </div>
            <div class="col-12 col-md-4 pb-2">
              <h2 class="h5 text-white">{t("layout.footerLinks")}</h2>
              <ul class="footer-list">
                <li>
                  <a href="/accessibility">{t("layout.accessibility")}</a>
                </li>
                <li>
                  <a href="/privacy">{t("layout.privacy")}</a>
                </li>
                <li>
                  <a href="/api/v1/openapi.json">{t("layout.apiDocs")}</a>
                </li>
                <li>
                  <a href="/open-data">{t("layout.openData")}</a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
};

export const Layout: FC<PageProps & { c: Ctx }> = ({
  c,
  title,
  scripts,
  breadcrumbs,
  wide,
  noscriptRefresh,
  noindex,
  children,
}) => {
  const t = c.get("t");
  const lang = c.get("lang");
  const base = c.get("deps").config.baseUrl;
  const path = new URL(c.req.url).pathname;
  const flash = c.get("flash");
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {noindex ? <meta name="robots" content="noindex" /> : null}
        <title>{title === t("app.name") ? title : `${title} · ${t("app.name")}`}</title>
        {LANGS.map((l) => (
          <link rel="alternate" hreflang={l} href={`${base}${path}?lang=${l}`} />
        ))}
        <link rel="icon" href="/static/app/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/static/bi/css/bootstrap-italia.min.css" />
        <link rel="stylesheet" href="/static/app/fonts.css" />
        <link rel="stylesheet" href="/static/app/app.css" />
        {(scripts ?? []).map((src) => (
          <script type="module" src={src} />
        ))}
        {noscriptRefresh ? (
          <noscript>
            <meta http-equiv="refresh" content={`0; url=${noscriptRefresh}`} />
          </noscript>
        ) : null}
      </head>
      <body class={wide ? "layout-wide" : undefined}>
        <div class="skiplinks">
          <a class="visually-hidden-focusable" href="#main">
            {t("layout.skipToContent")}
          </a>
          <a class="visually-hidden-focusable" href="#footer">
            {t("layout.skipToFooter")}
          </a>
        </div>
        <Header c={c} />
        <main id="main" tabindex={-1} class={wide ? "container-fluid px-3 px-lg-4 my-2" : "container my-4"}>
          {breadcrumbs?.length ? (
            <nav class="breadcrumb-container" aria-label={t("layout.breadcrumb")}>
              <ol class="breadcrumb">
                {breadcrumbs.map((b, i) => (
                  <li class={`breadcrumb-item${i === breadcrumbs.length - 1 ? " active" : ""}`}>
                    {b.href && i < breadcrumbs.length - 1 ? (
                      <a href={b.href}>{b.label}</a>
                    ) : (
                      <span aria-current="page">{b.label}</span>
                    )}
                    {i < breadcrumbs.length - 1 ? <span class="separator">/</span> : null}
                  </li>
                ))}
              </ol>
            </nav>
          ) : null}
          {flash ? <FlashMessage kind={flash.kind} text={t(flash.key)} /> : null}
          {children}
        </main>
        <Footer c={c} />
      </body>
    </html>
  );
};

/** Renders a full page; `status` lets a form with errors answer 422 on the same page. */
export async function render(c: Ctx, props: Omit<PageProps, "children">, body: Child, status = 200) {
  const html = await Promise.resolve(
    (
      <RequiredMark.Provider value={c.get("t")("form.requiredMark")}>
        <Layout c={c} {...props}>
          {body}
        </Layout>
      </RequiredMark.Provider>
    ).toString(),
  );
  // Pages carry personal state (the signed-in name, a CSRF token): never shared by caches.
  c.header("Cache-Control", "private, no-store");
  return c.html(`<!DOCTYPE html>${html}`, status as 200);
}
