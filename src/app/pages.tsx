// Instance-wide pages: home, accessibility statement, privacy notice. The home page will gather
// the modules' home sections (manifests); today it lists the networks.
import { Hono } from "hono";
import { listNetworks, NetworkCards } from "../modules/identity/index.ts";
import type { AppEnv } from "../platform/http/context.ts";
import { render } from "../platform/ui/layout.tsx";

export function pageRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/", async (c) => {
    const t = c.get("t");
    const networks = await listNetworks(c.get("deps"));
    return render(
      c,
      { title: t("pages.home.title") },
      <>
        <section class="home-hero py-4 mb-4">
          <h1>{t("pages.home.title")}</h1>
          <p class="lead">{t("pages.home.lead")}</p>
          <p>
            <a class="btn btn-primary me-2" href="/networks">
              {t("pages.home.browse")}
            </a>
            {c.get("actor") ? null : (
              <a class="btn btn-outline-primary" href="/sign-up">
                {t("pages.home.join")}
              </a>
            )}
          </p>
        </section>
        <section aria-labelledby="home-networks">
          <h2 id="home-networks">{t("pages.home.networks")}</h2>
          <NetworkCards c={c} networks={networks} heading="h3" columns="col-12 col-md-6 col-lg-4" />
        </section>
      </>,
    );
  });

  for (const page of ["accessibility", "privacy"] as const) {
    r.get(`/${page}`, (c) => {
      const t = c.get("t");
      return render(
        c,
        { title: t(`pages.${page}.title`) },
        <div class="row">
          <div class="col-12 col-lg-8">
            <h1>{t(`pages.${page}.title`)}</h1>
            <p>{t(`pages.${page}.body`)}</p>
            <p>{t(page === "accessibility" ? "pages.accessibility.feedback" : "pages.privacy.rights")}</p>
          </div>
        </div>,
      );
    });
  }

  return r;
}
