// Instance-wide pages: home, accessibility statement, privacy notice. The home page is a frame: its
// title, then the modules' sections through the slot `app.home.sections` (manifests), in three
// places — the search under the title, what is the signed-in person's, what the networks are doing.
// It names no module.
import { Hono } from "hono";
import { raw } from "hono/html";
import type { Deps } from "../platform/deps.ts";
import type { AppEnv, Ctx } from "../platform/http/context.ts";
import { untilNextWrite } from "../platform/http/render-cache.ts";
import { render } from "../platform/ui/layout.tsx";
import { Slot, slotParts } from "../platform/ui/slots.tsx";

/**
 * The search and public places, the same for everyone (their fills show public things only), as
 * markup per language until the next write (2 s at most): a signed-in home page, which the render
 * cache cannot share, renders only the person's own part.
 */
const sharedPart = untilNextWrite(async (_deps: Deps, _key: string, c: Ctx, place: "search" | "public") => {
  const part = await Slot({ c, name: "app.home.sections", subject: { accountId: null, place } });
  return raw(part === null ? "" : await part.toString());
});

export function pageRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/", async (c) => {
    const t = c.get("t");
    const actor = c.get("actor");
    const accountId = actor?.id ?? null;
    // The person's own sections, with their heading only when some module has something for them.
    const personal = actor ? await slotParts(c, "app.home.sections", { accountId, place: "personal" }) : [];
    return render(
      c,
      { title: t("pages.home.title") },
      <>
        <section class="home-hero py-4 mb-4" aria-labelledby="home-title">
          <h1 id="home-title">{t("pages.home.title")}</h1>
          <p class="lead">{t("pages.home.lead")}</p>
          {await sharedPart(c.get("deps"), `search:${c.get("lang")}`, c, "search")}
          {actor ? null : (
            <p class="mt-3">
              {t("pages.home.joinLead")} <a href="/sign-up">{t("pages.home.join")}</a>
            </p>
          )}
        </section>
        {actor && personal.length ? (
          <section class="home-personal mb-5" aria-labelledby="home-personal">
            <h2 id="home-personal" class="h3 mb-3">
              {t("pages.home.personal", { name: actor.name })}
            </h2>
            <div class="row g-3">{personal}</div>
          </section>
        ) : null}
        <div class="row g-4">{await sharedPart(c.get("deps"), `public:${c.get("lang")}`, c, "public")}</div>
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
