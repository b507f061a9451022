// Labs' parts of the home page (slot `app.home.sections`): the signed-in person's next meeting
// (place `personal`, their own, not memoised) and the next public meetings with the places left
// (place `public`, the same for everyone, memoised until the next write as the network list is).
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import type { Ctx } from "../../platform/http/context.ts";
import { forEachPerson, sameForEveryone } from "../../platform/http/home-memo.ts";
import { registerMessages } from "../../platform/i18n/index.ts";
import type { SlotSubjects } from "../../platform/ui/slots.tsx";
import type { Meeting } from "./labs.types.ts";
import { myMeetings } from "./meetings/calendar.service.ts";
import { listMeetings } from "./meetings/service.ts";
import { formatWhen } from "./when.ts";

/** How many upcoming public meetings the home page lists; the labs' pages have them all. */
const SHOWN = 4;

registerMessages({
  it: {
    "labs.home.next": "Il tuo prossimo incontro",
    "labs.home.noNext": "Nessuna iscrizione a incontri in programma.",
    "labs.home.findOne": "Trova un incontro nei laboratori",
    "labs.home.more": "Altri {n} incontri in programma per te",
    "labs.home.more.one": "Un altro incontro in programma per te",
    "labs.home.mine": "I tuoi incontri e il calendario personale",
    "labs.home.confirmed": "Iscrizione confermata",
    "labs.home.waitlisted": "In lista d'attesa",
    "labs.home.upcoming": "Prossimi incontri aperti a tutti",
    "labs.home.none": "Nessun incontro pubblico in programma per ora.",
    "labs.home.all": "Tutti i laboratori e i loro programmi",
    "labs.home.left": "{n} posti liberi",
    "labs.home.left.one": "1 posto libero",
    "labs.home.full": "Posti esauriti",
    "labs.home.fullWaitlist": "Posti esauriti, c'è la lista d'attesa",
    "labs.home.open": "Posti senza limite",
  },
  en: {
    "labs.home.next": "Your next meeting",
    "labs.home.noNext": "You have no registration for an upcoming meeting.",
    "labs.home.findOne": "Find a meeting in the labs",
    "labs.home.more": "{n} more meetings ahead for you",
    "labs.home.more.one": "One more meeting ahead for you",
    "labs.home.mine": "Your meetings and your personal calendar",
    "labs.home.confirmed": "Registration confirmed",
    "labs.home.waitlisted": "On the waiting list",
    "labs.home.upcoming": "Upcoming meetings open to all",
    "labs.home.none": "No public meeting is scheduled for now.",
    "labs.home.all": "All labs and their programmes",
    "labs.home.left": "{n} places left",
    "labs.home.left.one": "1 place left",
    "labs.home.full": "Fully booked",
    "labs.home.fullWaitlist": "Fully booked, waiting list open",
    "labs.home.open": "No limit on places",
  },
});

type Subject = SlotSubjects["app.home.sections"];

// What a visitor signed out sees: public meetings not yet over, soonest first, cancelled ones left out.
const upcomingPublic = sameForEveryone(async (deps: Deps) => {
  const page = await listMeetings(deps, null, { from: deps.clock.now().toISOString(), limit: 20 });
  return page.items.filter(({ meeting }) => meeting.status !== "cancelled").slice(0, SHOWN);
});

export async function homeMeetings(c: Ctx, subject: Subject) {
  if (subject.place === "personal") return nextMeeting(c);
  if (subject.place === "public") return upcoming(c);
  return null;
}

function places(t: (k: string, p?: Record<string, number>) => string, m: Meeting): string {
  if (m.capacity === null) return t("labs.home.open");
  const left = Math.max(0, m.capacity - m.confirmed);
  if (left > 0) return t("labs.home.left", { n: left });
  return t(m.waitlist ? "labs.home.fullWaitlist" : "labs.home.full");
}

async function upcoming(c: Ctx) {
  const t = c.get("t");
  const lang = c.get("lang");
  const items = await upcomingPublic(c.get("deps"));
  return (
    <section class="col-12 col-lg-6" aria-labelledby="home-meetings">
      <h2 id="home-meetings" class="h3">
        {t("labs.home.upcoming")}
      </h2>
      {items.length === 0 ? (
        <p>{t("labs.home.none")}</p>
      ) : (
        <ul class="list-unstyled">
          {items.map(({ lab, meeting: m }) => (
            <li class="mb-3">
              <a class="fw-semibold" href={`/labs/${lab.slug}/meetings/${m.slug}`}>
                {m.title}
              </a>
              <span class="d-block small">
                {lab.title} · {formatWhen(lang, m)}
              </span>
              <span class="d-block small">{places(t, m)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/labs">{t("labs.home.all")}</a>
      </p>
    </section>
  );
}

// The person's meetings ahead, remembered as their session is (until the next write, 2 s at most):
// the home page is where everyone lands, and this reads all their registrations.
const aheadOf = forEachPerson(async (deps: Deps, actor: Actor) => {
  const now = deps.clock.now().getTime();
  return (await myMeetings(deps, actor))
    .filter(({ meeting }) => meeting.endsAt.getTime() > now && meeting.status !== "cancelled")
    .sort((a, b) => a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime());
});

async function nextMeeting(c: Ctx) {
  const actor = c.get("actor");
  if (!actor) return null;
  const deps = c.get("deps");
  const t = c.get("t");
  const ahead = await aheadOf(deps, actor);
  const next = ahead[0];
  return (
    <section class="col-12 col-md-6 col-lg-4" aria-labelledby="home-next-meeting">
      <div class="card card-bg h-100">
        <div class="card-body">
          <h3 id="home-next-meeting" class="card-title h5">
            {t("labs.home.next")}
          </h3>
          {next ? (
            <>
              <p class="mb-1">
                <a class="fw-semibold" href={`/labs/${next.lab.slug}/meetings/${next.meeting.slug}`}>
                  {next.meeting.title}
                </a>
              </p>
              <p class="small mb-1">
                {next.lab.title} · {formatWhen(c.get("lang"), next.meeting)}
              </p>
              <p class="small">
                {t(next.status === "confirmed" ? "labs.home.confirmed" : "labs.home.waitlisted")}
              </p>
              {ahead.length > 1 ? <p class="small">{t("labs.home.more", { n: ahead.length - 1 })}</p> : null}
              <p class="mb-0">
                <a href="/me/meetings">{t("labs.home.mine")}</a>
              </p>
            </>
          ) : (
            <>
              <p>{t("labs.home.noNext")}</p>
              <p class="mb-0">
                <a href="/labs">{t("labs.home.findOne")}</a>
              </p>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
