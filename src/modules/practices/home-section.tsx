// The catalogue's parts of the home page (slot `app.home.sections`): the search box under the page's
// title (a GET form to /practices, so it works without JavaScript), what waits for the signed-in
// person (reports to moderate, their own reports sent back for changes), and featured and latest
// practices. The public lookups are memoised until the next write, as the network list is.
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import type { Ctx } from "../../platform/http/context.ts";
import { forEachPerson, sameForEveryone } from "../../platform/http/home-memo.ts";
import { registerMessages } from "../../platform/i18n/index.ts";
import type { SlotSubjects } from "../../platform/ui/slots.tsx";
import { documentedPractices } from "./home.repo.ts";
import { searchPractices } from "./search/service.ts";
import { themeLabelKey } from "./themes.ts";
import { moderationQueue } from "./workflow/moderation.service.ts";
import { hasQueue } from "./workflow/policy.ts";
import { myReports } from "./workflow/submissions.service.ts";
import "./views/messages.ts";

const FEATURED = 3;
const LATEST = 5;

registerMessages({
  it: {
    "practices.home.title": "Buone pratiche",
    "practices.home.featured": "In evidenza",
    "practices.home.latest": "Ultime pubblicate",
    "practices.home.none": "Il catalogo non ha ancora buone pratiche pubblicate.",
    "practices.home.all": "Tutto il catalogo delle buone pratiche",
    "practices.home.report": "Segnala un progetto",
    "practices.home.search": "Cerca",
    "practices.home.waiting": "Da fare",
    "practices.home.toModerate": "{n} segnalazioni da moderare",
    "practices.home.toModerate.one": "1 segnalazione da moderare",
    "practices.home.flags": "{n} commenti segnalati da esaminare",
    "practices.home.flags.one": "1 commento segnalato da esaminare",
    "practices.home.changes": "Ti chiedono modifiche a «{title}»",
    "practices.home.nothing": "Niente in attesa: nessuna segnalazione da moderare né da correggere.",
    "practices.home.reports": "Le tue segnalazioni",
  },
  en: {
    "practices.home.title": "Good practices",
    "practices.home.featured": "Featured",
    "practices.home.latest": "Latest published",
    "practices.home.none": "The catalogue has no published good practices yet.",
    "practices.home.all": "The whole catalogue of good practices",
    "practices.home.report": "Report a project",
    "practices.home.search": "Search",
    "practices.home.waiting": "Waiting for you",
    "practices.home.toModerate": "{n} reports to moderate",
    "practices.home.toModerate.one": "1 report to moderate",
    "practices.home.flags": "{n} flagged comments to review",
    "practices.home.flags.one": "1 flagged comment to review",
    "practices.home.changes": "Changes are asked to “{title}”",
    "practices.home.nothing": "Nothing waiting: no report to moderate or to correct.",
    "practices.home.reports": "Your reports",
  },
});

type Subject = SlotSubjects["app.home.sections"];

// What a visitor signed out would see: the same for everyone, so remembered until the next write.
const publicPractices = sameForEveryone(async (deps: Deps) => {
  const [featured, latest] = await Promise.all([
    documentedPractices(deps.db, FEATURED),
    searchPractices(deps, null, { sort: "date", limit: LATEST + FEATURED }),
  ]);
  const shown = new Set(featured.map((p) => p.id));
  return {
    featured,
    latest: latest.items.filter((p) => !shown.has(p.id)).slice(0, LATEST),
  };
});

export async function homePractices(c: Ctx, subject: Subject) {
  if (subject.place === "search") return searchBox(c);
  if (subject.place === "personal") return waiting(c);
  return practices(c);
}

function searchBox(c: Ctx) {
  const t = c.get("t");
  return (
    <search>
      <form
        method="get"
        action="/practices#results"
        class="home-search"
        aria-label={t("practices.pages.searchLabel")}
      >
        <label for="home-q" class="form-label fw-semibold">
          {t("practices.pages.searchLabel")}
        </label>
        <div class="input-group">
          <input
            type="search"
            id="home-q"
            name="q"
            class="form-control"
            maxlength={200}
            aria-describedby="home-q-hint"
          />
          <button type="submit" class="btn btn-primary">
            {t("practices.home.search")}
          </button>
        </div>
        <small id="home-q-hint" class="form-text d-block">
          {t("practices.pages.searchHint")}
        </small>
      </form>
    </search>
  );
}

async function practices(c: Ctx) {
  const t = c.get("t");
  const lang = c.get("lang");
  // A practice is written in its own language: marked where it differs from the page's (WCAG 3.1.2).
  const langOf = (p: { language: string }) => (p.language === lang ? undefined : p.language);
  const { featured, latest } = await publicPractices(c.get("deps"));
  const themes = (list: readonly string[]) =>
    list
      .slice(0, 2)
      .map((x) => t(themeLabelKey(x as never)))
      .join(" · ");
  return (
    <section class="col-12" aria-labelledby="home-practices">
      <h2 id="home-practices" class="h3">
        {t("practices.home.title")}
      </h2>
      {featured.length === 0 && latest.length === 0 ? <p>{t("practices.home.none")}</p> : null}
      {featured.length ? (
        <>
          <h3 class="h5">{t("practices.home.featured")}</h3>
          <ul class="row list-unstyled g-3 mb-4">
            {featured.map((p) => (
              <li class="col-12 col-md-4">
                <div class="card card-bg h-100">
                  <div class="card-body">
                    <p class="small text-uppercase mb-1">{themes(p.themes)}</p>
                    <h4 class="card-title h5" lang={langOf(p)}>
                      <a href={`/practices/${p.slug}`}>{p.title}</a>
                    </h4>
                    <p class="card-text" lang={langOf(p)}>
                      {p.summary}
                    </p>
                    {p.place ? <p class="card-text small">{p.place}</p> : null}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {latest.length ? (
        <>
          <h3 class="h5">{t("practices.home.latest")}</h3>
          <ul class="row list-unstyled">
            {latest.map((p) => (
              <li class="col-12 col-lg-6 mb-2">
                <a href={`/practices/${p.slug}`} lang={langOf(p)}>
                  {p.title}
                </a>
                {p.place ? <span class="d-block small">{p.place}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href="/practices">{t("practices.home.all")}</a> ·{" "}
        <a href="/practices/new">{t("practices.home.report")}</a>
      </p>
    </section>
  );
}

/** Not memoised: it is the person's own. */
// What waits for the person, remembered as their session is (until the next write, 2 s at most).
const waitingFor = forEachPerson(async (deps: Deps, actor: Actor) => {
  const [queue, reports] = await Promise.all([
    hasQueue(actor) ? moderationQueue(deps, actor) : null,
    myReports(deps, actor),
  ]);
  return { queue, reports };
});

async function waiting(c: Ctx) {
  const actor = c.get("actor");
  if (!actor) return null;
  const t = c.get("t");
  const deps = c.get("deps");
  const { queue, reports } = await waitingFor(deps, actor);
  const toModerate = queue?.waiting.length ?? 0;
  const flags = queue?.flags.length ?? 0;
  const sentBack = reports.filter((r) => r.status === "changes-requested");
  if (!queue && reports.length === 0) return null;
  return (
    <section class="col-12 col-md-6 col-lg-4" aria-labelledby="home-waiting">
      <div class="card card-bg h-100">
        <div class="card-body">
          <h3 id="home-waiting" class="card-title h5">
            {t("practices.home.waiting")}
          </h3>
          {toModerate + flags + sentBack.length === 0 ? <p>{t("practices.home.nothing")}</p> : null}
          <ul class="list-unstyled mb-2">
            {toModerate ? (
              <li class="mb-2">
                <a href="/practices/moderation#queue-waiting">
                  {t("practices.home.toModerate", { n: toModerate })}
                </a>
              </li>
            ) : null}
            {flags ? (
              <li class="mb-2">
                <a href="/practices/moderation#queue-flags">{t("practices.home.flags", { n: flags })}</a>
              </li>
            ) : null}
            {sentBack.map((r) => (
              <li class="mb-2">
                <a href={`/practices/submissions/${r.id}/edit`}>
                  {t("practices.home.changes", { title: r.title })}
                </a>
              </li>
            ))}
          </ul>
          {reports.length ? (
            <p class="mb-0">
              <a href="/me">{t("practices.home.reports")}</a>
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
