// AnciLab's Lab III on digital services for citizens (demo data), meeting in the weeks ahead of the
// day the demo is loaded: an opening the whole network sees but only its public administrations may
// register for (decision 0052), an online and a hybrid public thematic meeting, a closing meeting.
import { SYSTEM } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import type { DemoCalendar } from "./demo.dates.ts";
import { createLab } from "./labs.service.ts";
import { createMeeting } from "./meetings/service.ts";
import type { MeetingDraft } from "./schema.ts";
import { zonedToInstant } from "./zones.ts";

const ROME = "Europe/Rome";
const at = (local: string) => zonedToInstant(local, ROME)!;
const CASA_DEI_COMUNI = {
  venue: "La casa dei Comuni – Anci Lombardia e AnciLab",
  address: "Via Rovello 2, 20121 Milano",
  accessibilityNotes: "Sede accessibile in sedia a ruote; ascensore dall'ingresso principale.",
};

export async function seedLabIII(deps: Deps, networkId: string, cal: DemoCalendar["labIII"]): Promise<void> {
  const [opening, identity, design, closing] = cal.meetings;
  const lab = await createLab(deps, SYSTEM, networkId, {
    title: "Lab III – Servizi digitali per i cittadini",
    theme: "Trasformazione digitale dei servizi comunali",
    objectives: [
      "Condividere lo stato dei servizi online dei Comuni e le difficoltà incontrate",
      "Conoscere strumenti e piattaforme nazionali (identità digitale, pagamenti, notifiche)",
      "Progettare servizi accessibili e semplici per tutte le persone",
    ],
    subThemes: ["Identità digitale e pagamenti", "Accessibilità e design dei servizi"],
    description:
      "Il laboratorio accompagna i Comuni lombardi nella progettazione di servizi digitali: dalle piattaforme nazionali all'accessibilità, con il confronto tra Enti e Aziende.",
    periodStart: cal.periodStart,
    periodEnd: cal.periodEnd,
    venue: `${CASA_DEI_COMUNI.venue}, ${CASA_DEI_COMUNI.address}`,
    visibility: "public",
  });
  const meetings: MeetingDraft[] = [
    {
      title: "Incontro di apertura: i servizi digitali dei Comuni oggi",
      kind: "apertura",
      mode: "in-person",
      ...CASA_DEI_COMUNI,
      description:
        "Riservato alla PA: ogni Comune racconta i propri servizi online, le difficoltà e le priorità. Le aziende partner lo vedono in calendario e partecipano dal secondo incontro.",
      startsAt: at(`${opening}T10:00`),
      endsAt: at(`${opening}T13:00`),
      timeZone: ROME,
      capacity: 30,
      waitlist: true,
      visibility: "network",
      registration: "pa",
      agenda: [
        { title: "Presentazione del Laboratorio", durationMinutes: 20, kind: "talk", speaker: "AnciLab" },
        { title: "I servizi online dei Comuni: giro di tavolo", durationMinutes: 100, kind: "discussion" },
        { title: "Priorità per i prossimi incontri", durationMinutes: 45, kind: "discussion" },
      ],
    },
    {
      title: "Secondo incontro: identità digitale e pagamenti",
      kind: "tematico",
      mode: "online",
      onlineUrl: "https://meet.example.org/ancilab-lab3-incontro-2",
      startsAt: at(`${identity}T10:00`),
      endsAt: at(`${identity}T12:00`),
      timeZone: ROME,
      capacity: 100,
      visibility: "public",
      agenda: [
        { title: "SPID, CIE e pagoPA nei servizi comunali", durationMinutes: 45, kind: "talk" },
        { title: "Domande ed esperienze", durationMinutes: 75, kind: "discussion" },
      ],
    },
    {
      title: "Terzo incontro: accessibilità e design dei servizi",
      kind: "tematico",
      mode: "hybrid",
      ...CASA_DEI_COMUNI,
      onlineUrl: "https://meet.example.org/ancilab-lab3-incontro-3",
      startsAt: at(`${design}T09:30`),
      endsAt: at(`${design}T13:00`),
      timeZone: ROME,
      capacity: 40,
      waitlist: true,
      visibility: "public",
      questions: [
        { label: "Quale servizio del tuo ente vorresti portare come caso di studio?", required: false },
      ],
      agenda: [
        { title: "Le linee guida di design per i servizi pubblici", durationMinutes: 45, kind: "talk" },
        { title: "Laboratorio: un servizio riprogettato insieme", durationMinutes: 120, kind: "discussion" },
      ],
    },
    {
      title: "Incontro conclusivo",
      kind: "conclusivo",
      mode: "in-person",
      ...CASA_DEI_COMUNI,
      startsAt: at(`${closing}T10:00`),
      endsAt: at(`${closing}T13:00`),
      timeZone: ROME,
      capacity: 40,
      visibility: "network",
    },
  ];
  for (const m of meetings) await createMeeting(deps, SYSTEM, lab, m);
}
