// Demo conferences from the seeds (docs/seeds.md): URBACT Interactive Cities' final conference in
// Genoa, 11–13 April 2018 (003: three days, partner cities, guided visits with the local Instagram
// community, a public event at Palazzo Tursi, Integrated Action Plans), with tracks and speakers and
// a few people who attended (certificates); and the final conference of AnciLab's Lab II (002), in
// the lab's year, open for registration with sessions of limited places. Genoa's next edition begins
// six weeks after the day the demo is loaded, open for registration (issue 16). Speakers other than the
// demo accounts are invented people for the demo.

import { SYSTEM } from "../../platform/auth/index.ts";
import { newCheckInCode } from "../../platform/codes.ts";
import type { Deps } from "../../platform/deps.ts";
import { hashToken, newId } from "../../platform/ids.ts";
import { networkBySlug } from "../identity/index.ts";
import { createConference, saveSession, saveSpeaker, saveTrack } from "./conferences.service.ts";
import { duplicateConference } from "./editions.service.ts";
import { insertRegistration } from "./registrations.repo.ts";
import { accessToken } from "./registrations.service.ts";
import type { Conference } from "./types.ts";
import { addDays, dayOf } from "./when.ts";

/** The certificate of a demo attendee of Genoa, for the verification page (`/certificates/…`). */
export const DEMO_CERTIFICATE_CODE = "gen0-a201-8crt";

type S = {
  title: string;
  track: string;
  day: number;
  start: string;
  end: string;
  speakers?: string[];
  capacity?: number;
  description?: string;
};

async function seed(
  deps: Deps,
  c: Conference,
  tracks: { name: string; room: string }[],
  speakers: { key: string; name: string; role?: string; affiliation?: string; bio?: string }[],
  sessions: S[],
) {
  const trackIds = new Map<string, string>();
  for (const t of tracks) trackIds.set(t.name, (await saveTrack(deps, SYSTEM, c, t)).id);
  const speakerIds = new Map<string, string>();
  for (const { key, ...s } of speakers) speakerIds.set(key, await saveSpeaker(deps, SYSTEM, c, s, null));
  const days: string[] = [];
  for (let t = Date.parse(`${c.startsOn}T12:00:00Z`); days.length < 31; t += 86_400_000) {
    const d = new Date(t).toISOString().slice(0, 10);
    days.push(d);
    if (d >= c.endsOn) break;
  }
  const ids: string[] = [];
  for (const s of sessions) {
    ids.push(
      await saveSession(deps, SYSTEM, c, {
        title: s.title,
        description: s.description ?? "",
        trackId: trackIds.get(s.track)!,
        day: days[s.day]!,
        start: s.start,
        end: s.end,
        capacity: s.capacity ?? null,
        speakerIds: (s.speakers ?? []).map((k) => speakerIds.get(k)!),
      }),
    );
  }
  return ids;
}

async function attendee(
  deps: Deps,
  c: Conference,
  p: { name: string; email: string; language: "it" | "en"; checkedIn?: Date; certificateCode?: string },
) {
  const id = newId();
  await insertRegistration(deps.db, {
    id,
    conference_id: c.id,
    name: p.name,
    email: p.email,
    email_key: p.email.toLowerCase(),
    language: p.language,
    status: "confirmed",
    confirm_hash: null,
    confirm_expires_at: null,
    access_hash: hashToken(accessToken(deps, id)),
    code: newCheckInCode(),
    confirmed_at: new Date(Date.parse(`${c.startsOn}T08:00:00Z`) - 20 * 86_400_000),
    checked_in_at: p.checkedIn ?? null,
    certificate_code: p.certificateCode ?? null,
    created_at: new Date(Date.parse(`${c.startsOn}T08:00:00Z`) - 21 * 86_400_000),
  });
}

/** How far ahead of the day the demo is loaded Genoa's next edition begins (about six weeks). */
export const GENOA_NEXT_IN_DAYS = 42;
export const GENOA_NEXT_TITLE = "Interactive Cities – Genoa, next edition";

/**
 * Genoa's next edition, made the way coordinators make one (duplicateConference): the 2018 programme
 * six weeks after the day the demo is loaded (the clock's, in Genoa's zone), registration open. The
 * 2018 conference stays as the past edition; loading on another day gives the same shape.
 */
export async function nextGenoaEdition(deps: Deps, genoa: Conference) {
  const today = dayOf(deps.clock.now(), genoa.timeZone);
  return duplicateConference(deps, SYSTEM, genoa, {
    title: GENOA_NEXT_TITLE,
    startsOn: addDays(today, GENOA_NEXT_IN_DAYS),
    registrationOpen: true,
  });
}

export async function seedConferencesDemo(deps: Deps): Promise<void> {
  const urbact = await networkBySlug(deps, "urbact-interactive-cities");
  const genoa = await createConference(deps, SYSTEM, urbact.id, {
    title: "Interactive Cities – Final conference, Genoa",
    description:
      "The final conference of URBACT Interactive Cities: three days in Genoa on the civic use of social media for participation, economic development and city marketing, followed on social channels with #interactivegenoa. Partner cities present their Integrated Action Plans and meet Helsinki, Eindhoven, Madrid, Turin and Milan to continue the dialogue with the main social media platforms and the EU institutions.",
    venue: "Palazzo Tursi, Via Garibaldi 9, Genova",
    timeZone: "Europe/Rome",
    startsOn: "2018-04-11",
    endsOn: "2018-04-13",
    registrationOpen: false,
  });
  await seed(
    deps,
    genoa,
    [
      { name: "Plenary", room: "Salone di rappresentanza, Palazzo Tursi" },
      { name: "Workshops", room: "Sala Quadrivium" },
      { name: "Guided visits", room: "Around the city" },
    ],
    [
      {
        key: "anna",
        name: "Anna Marino",
        role: "Project coordinator",
        affiliation: "Comune di Genova",
        bio: "Leads the Interactive Cities network for the lead partner, the City of Genoa.",
      },
      {
        key: "mikko",
        name: "Mikko Virtanen",
        role: "Digital participation lead",
        affiliation: "City of Helsinki",
        bio: "Works on the city's ecosystem combining social media and open data.",
      },
      { key: "sanne", name: "Sanne de Vries", role: "Open data officer", affiliation: "Gemeente Eindhoven" },
      {
        key: "lucia",
        name: "Lucía Fernández",
        role: "Citizen participation",
        affiliation: "Ayuntamiento de Madrid",
      },
      {
        key: "paolo",
        name: "Paolo Ferraro",
        role: "Community manager",
        affiliation: "Instagramers Genova",
        bio: "Guides the participatory storytelling walks with the local Instagram community.",
      },
      { key: "giorgio", name: "Giorgio Russo", role: "Lead expert", affiliation: "URBACT" },
    ],
    [
      {
        title: "Welcome and opening: social media as civic infrastructure",
        track: "Plenary",
        day: 0,
        start: "09:30",
        end: "10:30",
        speakers: ["anna", "giorgio"],
      },
      {
        title: "Integrated Action Plans of the partner cities",
        track: "Plenary",
        day: 0,
        start: "11:00",
        end: "13:00",
        speakers: ["giorgio"],
      },
      {
        title: "Social media and open data ecosystems: Helsinki and Eindhoven",
        track: "Workshops",
        day: 0,
        start: "11:00",
        end: "13:00",
        speakers: ["mikko", "sanne"],
        capacity: 40,
      },
      {
        title: "Round table: cities and the global platforms",
        track: "Plenary",
        day: 0,
        start: "14:30",
        end: "16:30",
        speakers: ["lucia", "mikko", "anna"],
      },
      {
        title: "Participatory storytelling: MuMa – Galata Museo del Mare",
        track: "Guided visits",
        day: 1,
        start: "09:30",
        end: "12:30",
        speakers: ["paolo"],
        capacity: 25,
        description: "Guided by the local Instagramers community.",
      },
      {
        title: "Participatory storytelling: historic shops and Palazzo Reale",
        track: "Guided visits",
        day: 1,
        start: "09:30",
        end: "12:30",
        speakers: ["paolo"],
        capacity: 25,
      },
      {
        title: "Public event for the citizens of Genoa",
        track: "Plenary",
        day: 1,
        start: "17:00",
        end: "19:00",
        speakers: ["anna"],
        description: "Open to all citizens, at Palazzo Tursi.",
      },
      {
        title: "The city brand and digital communication with start-ups and SMEs",
        track: "Workshops",
        day: 2,
        start: "09:30",
        end: "11:30",
        speakers: ["anna", "lucia"],
        capacity: 40,
      },
      {
        title: "Next steps: dialogue with the platforms and the EU institutions",
        track: "Plenary",
        day: 2,
        start: "12:00",
        end: "13:30",
        speakers: ["giorgio", "mikko"],
      },
    ],
  );
  const at = (d: string) => new Date(`${d}T07:45:00Z`);
  await attendee(deps, genoa, {
    name: "Mikko Virtanen",
    email: "mikko.virtanen@helsinki.example",
    language: "en",
    checkedIn: at("2018-04-11"),
    certificateCode: DEMO_CERTIFICATE_CODE,
  });
  await attendee(deps, genoa, {
    name: "Chiara Romano",
    email: "chiara.romano@icom.example",
    language: "it",
    checkedIn: at("2018-04-11"),
    certificateCode: "gen0-a201-8d2k",
  });
  await attendee(deps, genoa, {
    name: "Marco Rossi",
    email: "marco.rossi@comune-nemi.example",
    language: "it",
  });

  await nextGenoaEdition(deps, genoa);

  // AnciLab Lab II's final conference, in the lab's year (labs/demo.ts puts the lab next year).
  const ancilab = await networkBySlug(deps, "ancilab");
  const year = deps.clock.now().getUTCFullYear() + 1;
  const final = await createConference(deps, SYSTEM, ancilab.id, {
    title: "Lab II – Conferenza finale: valorizzare il patrimonio culturale",
    description:
      "La conferenza finale del Laboratorio II di AnciLab: i risultati del percorso su finanziamento, gestione organizzativa e dell'innovazione, comunicazione; le buone pratiche dei Comuni lombardi e il confronto tra Enti e Aziende.",
    venue: "Casa dei Comuni, Milano",
    timeZone: "Europe/Rome",
    startsOn: `${year}-06-25`,
    endsOn: `${year}-06-26`,
    lab: "lab-ii-valorizzazione-del-patrimonio-culturale",
    registrationOpen: true,
  });
  await seed(
    deps,
    final,
    [
      { name: "Plenaria", room: "Sala Consiglio" },
      { name: "Sessioni tematiche", room: "Sala Giunta" },
    ],
    [
      {
        key: "paolo",
        name: "Paolo Bianchi",
        role: "Coordinatore dei laboratori",
        affiliation: "ANCI Lombardia",
      },
      { key: "sara", name: "Sara Colombo", role: "Ufficio cultura", affiliation: "Comune di Bergamo" },
      { key: "luca", name: "Luca Galli", role: "Responsabile progetti", affiliation: "Heritage Tech S.r.l." },
      { key: "davide", name: "Davide Greco", role: "Facilitatore", affiliation: "ICOM Italia" },
    ],
    [
      {
        title: "Apertura: cosa ha prodotto il Laboratorio II",
        track: "Plenaria",
        day: 0,
        start: "09:30",
        end: "10:30",
        speakers: ["paolo"],
      },
      {
        title: "Finanziare la valorizzazione: canali e opportunità",
        track: "Sessioni tematiche",
        day: 0,
        start: "11:00",
        end: "12:30",
        speakers: ["sara"],
        capacity: 30,
      },
      {
        title: "Tecnologie per la fruizione: il confronto con le aziende",
        track: "Plenaria",
        day: 0,
        start: "11:00",
        end: "12:30",
        speakers: ["luca"],
      },
      {
        title: "Comunicare il patrimonio: laboratorio pratico",
        track: "Sessioni tematiche",
        day: 1,
        start: "09:30",
        end: "11:30",
        speakers: ["davide"],
        capacity: 20,
      },
      {
        title: "Conclusioni e prossimi laboratori",
        track: "Plenaria",
        day: 1,
        start: "12:00",
        end: "13:00",
        speakers: ["paolo", "davide"],
      },
    ],
  );
}
