// Funding's part of the home page (slot `app.home.sections`, place `public`): the open public calls,
// soonest deadline first. The lookup is the same for everyone, so it is memoised until the next write,
// as the network list is.
import type { Deps } from "../../platform/deps.ts";
import type { Ctx } from "../../platform/http/context.ts";
import { untilNextWrite } from "../../platform/http/render-cache.ts";
import { registerMessages } from "../../platform/i18n/index.ts";
import type { SlotSubjects } from "../../platform/ui/slots.tsx";
import { listCalls } from "./funding.service.ts";
import { budgetText, deadlineText } from "./views/parts.tsx";

const SHOWN = 4;

registerMessages({
  it: {
    "funding.home.title": "Bandi aperti, per scadenza",
    "funding.home.none": "Nessun bando aperto in questo momento.",
    "funding.home.all": "Tutti i bandi e gli avvisi",
    "funding.home.budget": "Dotazione",
  },
  en: {
    "funding.home.title": "Open calls, by deadline",
    "funding.home.none": "No call is open at the moment.",
    "funding.home.all": "All calls for funding",
    "funding.home.budget": "Budget",
  },
});

// Signed out, listCalls shows public calls only: open ones, soonest deadline first.
const openCalls = untilNextWrite(
  async (deps: Deps, _key: string) => (await listCalls(deps, null)).open.slice(0, SHOWN),
  { maxEntries: 1 },
);

export async function homeCalls(c: Ctx, { place }: SlotSubjects["app.home.sections"]) {
  if (place !== "public") return null;
  const t = c.get("t");
  const calls = await openCalls(c.get("deps"), "home");
  return (
    <section class="col-12" aria-labelledby="home-funding">
      <h2 id="home-funding" class="h3">
        {t("funding.home.title")}
      </h2>
      {calls.length === 0 ? (
        <p>{t("funding.home.none")}</p>
      ) : (
        <ul class="row list-unstyled g-3">
          {calls.map((call) => (
            <li class="col-12 col-md-6 col-xl-3">
              <div class="card card-bg h-100">
                <div class="card-body">
                  <p class="small mb-1">
                    <span class="badge bg-primary">{t(`funding.programmes.${call.programme}`)}</span>
                  </p>
                  <h3 class="card-title h5">
                    <a href={`/funding/${call.slug}`}>{call.title}</a>
                  </h3>
                  <p class="card-text small mb-0">
                    {t("funding.deadline")}:{" "}
                    <time datetime={call.deadline.toISOString()}>{deadlineText(c, call)}</time>
                  </p>
                  <p class="card-text small">
                    {t("funding.home.budget")}: {budgetText(c, call)}
                  </p>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p class="mt-3">
        <a href="/funding">{t("funding.home.all")}</a>
      </p>
    </section>
  );
}
