// Conferences' parts of the home page (slot `app.home.sections`): the signed-in person's
// registrations to conferences to come (place `personal`, not memoised) and the upcoming conferences
// with the places left in their sessions (place `public`, memoised until the next write, as the
// network list is).
import type { Deps } from "../../platform/deps.ts";
import type { Ctx } from "../../platform/http/context.ts";
import { sameForEveryone } from "../../platform/http/home-memo.ts";
import { untilNextWrite } from "../../platform/http/render-cache.ts";
import { registerMessages } from "../../platform/i18n/index.ts";
import type { SlotSubjects } from "../../platform/ui/slots.tsx";
import { accessToken } from "./access.ts";
import { listConferences, programmeOf } from "./conferences.service.ts";
import { registrationsOfAddress } from "./home.repo.ts";
import { toConference } from "./read.ts";
import { registrationOpen } from "./registrations.service.ts";
import { conferencePath, mePath } from "./urls.ts";
import { dayOf, dayRange } from "./when.ts";

const SHOWN = 3;

registerMessages({
  it: {
    "conferences.home.upcoming": "Prossimi convegni",
    "conferences.home.none": "Nessun convegno in programma per ora.",
    "conferences.home.all": "Tutti i convegni, anche quelli passati",
    "conferences.home.open": "Iscrizioni aperte",
    "conferences.home.closed": "Iscrizioni chiuse",
    "conferences.home.left": "{n} posti liberi nelle sessioni a numero chiuso",
    "conferences.home.left.one": "1 posto libero nelle sessioni a numero chiuso",
    "conferences.home.full": "Sessioni a numero chiuso al completo",
    "conferences.home.mine": "I tuoi convegni",
    "conferences.home.pending": "Iscrizione da confermare: cerca il messaggio nella tua posta",
    "conferences.home.yours": "La tua iscrizione e le tue sessioni",
  },
  en: {
    "conferences.home.upcoming": "Upcoming conferences",
    "conferences.home.none": "No conference is scheduled for now.",
    "conferences.home.all": "All conferences, past ones too",
    "conferences.home.open": "Registration open",
    "conferences.home.closed": "Registration closed",
    "conferences.home.left": "{n} places left in the sessions with limited places",
    "conferences.home.left.one": "1 place left in the sessions with limited places",
    "conferences.home.full": "Sessions with limited places are fully booked",
    "conferences.home.mine": "Your conferences",
    "conferences.home.pending": "Registration to confirm: look for the message in your mailbox",
    "conferences.home.yours": "Your registration and your sessions",
  },
});

type Subject = SlotSubjects["app.home.sections"];

// Conferences are public; what a visitor signed out sees is the same for everyone.
const upcomingConferences = sameForEveryone(async (deps: Deps) => {
  const { upcoming } = await listConferences(deps);
  return Promise.all(
    upcoming.slice(0, SHOWN).map(async (conference) => {
      const { sessions } = await programmeOf(deps, conference);
      const limited = sessions.filter((s) => s.capacity !== null);
      const left = limited.reduce((sum, s) => sum + Math.max(0, (s.capacity ?? 0) - s.taken), 0);
      return { conference, open: registrationOpen(deps, conference), limited: limited.length > 0, left };
    }),
  );
});

export async function homeConferences(c: Ctx, subject: Subject) {
  if (subject.place === "personal") return myConferences(c);
  if (subject.place === "public") return upcoming(c);
  return null;
}

async function upcoming(c: Ctx) {
  const t = c.get("t");
  const lang = c.get("lang");
  const items = await upcomingConferences(c.get("deps"));
  return (
    <section class="col-12 col-lg-6" aria-labelledby="home-conferences">
      <h2 id="home-conferences" class="h3">
        {t("conferences.home.upcoming")}
      </h2>
      {items.length === 0 ? (
        <p>{t("conferences.home.none")}</p>
      ) : (
        <ul class="list-unstyled">
          {items.map(({ conference: conf, open, limited, left }) => (
            <li class="mb-3">
              <a class="fw-semibold" href={conferencePath(conf.slug)}>
                {conf.title}
              </a>
              <span class="d-block small">
                <time datetime={conf.startsOn}>{dayRange(lang, conf.startsOn, conf.endsOn)}</time> ·{" "}
                {conf.venue}
              </span>
              <span class="d-block small">
                {t(open ? "conferences.home.open" : "conferences.home.closed")}
                {open && limited
                  ? ` · ${left > 0 ? t("conferences.home.left", { n: left }) : t("conferences.home.full")}`
                  : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/conferences">{t("conferences.home.all")}</a>
      </p>
    </section>
  );
}

/**
 * Registrations are made with an address, not an account: they are the person's only when the
 * account's address is confirmed, or anyone signing up with someone else's address would get the
 * link to that person's registration.
 */
// The person's conference registrations, remembered as their session is (until the next write).
const registrationsOf = untilNextWrite(async (deps: Deps, email: string) =>
  registrationsOfAddress(deps.db, email, dayOf(deps.clock.now(), deps.config.timeZone)),
);

/** The person's registrations: a card on the home page, a section of their own area (/me). */
export async function myConferences(c: Ctx, where: "home" | "me" = "home") {
  const actor = c.get("actor");
  if (!actor?.emailVerified) return null;
  const deps = c.get("deps");
  const t = c.get("t");
  const lang = c.get("lang");
  const rows = await registrationsOf(deps, actor.email.toLowerCase());
  if (rows.length === 0) return null;
  const list = (
    <ul class="list-unstyled mb-0">
      {rows.map((r) => {
        const conf = toConference(r);
        return (
          <li class="mb-2">
            <a class="fw-semibold" href={conferencePath(conf.slug)}>
              {conf.title}
            </a>
            <span class="d-block small">
              <time datetime={conf.startsOn}>{dayRange(lang, conf.startsOn, conf.endsOn)}</time>
            </span>
            <span class="d-block small">
              {r.registration_status === "confirmed" ? (
                <a href={mePath(conf.slug, accessToken(deps, r.registration_id))}>
                  {t("conferences.home.yours")}
                </a>
              ) : (
                t("conferences.home.pending")
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
  if (where === "me")
    return (
      <section aria-labelledby="me-conferences" class="mb-4">
        <h2 id="me-conferences" class="h4">
          {t("conferences.home.mine")}
        </h2>
        {list}
      </section>
    );
  return (
    <section class="col-12 col-md-6 col-lg-4" aria-labelledby="home-my-conferences">
      <div class="card card-bg h-100">
        <div class="card-body">
          <h3 id="home-my-conferences" class="card-title h5">
            {t("conferences.home.mine")}
          </h3>
          {list}
        </div>
      </div>
    </section>
  );
}
