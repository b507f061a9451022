// Demo labs and meetings from the seeds (docs/seeds.md), dated from the day the demo is loaded
// (demo.dates.ts): AnciLab's Lab II on cultural heritage as a finished run (an opening whose
// registration was reserved to public administrations, three public thematic meetings with guided
// visits, a closing meeting; all held, with attendance and minutes: demo.history.ts), AnciLab's Lab III
// on digital services with its meetings in the weeks ahead (its opening seen by the whole network,
// registration reserved to PA, decision 0052), and the other networks' tables (demo.others.ts).
import { SYSTEM } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { networkBySlug } from "../identity/index.ts";
import { demoCalendar } from "./demo.dates.ts";
import { seedLabHistory } from "./demo.history.ts";
import { seedLabIII } from "./demo.lab3.ts";
import { seedOtherLabsDemo } from "./demo.others.ts";
import { createLab } from "./labs.service.ts";
import { createMeeting } from "./meetings/service.ts";
import type { MeetingDraft } from "./schema.ts";
import { zonedToInstant } from "./zones.ts";

const ROME = "Europe/Rome";
const at = (local: string) => zonedToInstant(local, ROME)!;

const CASA_DEI_COMUNI = {
  venue: "La casa dei Comuni – Anci Lombardia e AnciLab",
  address: "Via Rovello 2, 20121 Milano",
};

function thematic(n: number, date: string, title: string, visit: string): MeetingDraft {
  return {
    title,
    kind: "tematico",
    mode: "hybrid",
    ...CASA_DEI_COMUNI,
    accessibilityNotes: "Sede accessibile in sedia a ruote; ascensore dall'ingresso principale.",
    onlineUrl: `https://meet.example.org/ancilab-lab2-incontro-${n}`,
    startsAt: at(`${date}T09:30`),
    endsAt: at(`${date}T13:00`),
    timeZone: ROME,
    capacity: 40,
    waitlist: true,
    visibility: "public",
    agenda: [
      { title: "Scenario normativo", durationMinutes: 30, kind: "talk", speaker: "Esperti Anci Lombardia" },
      {
        title: "Tecnologia disponibile e opportunità di innovazione",
        durationMinutes: 45,
        kind: "talk",
        speaker: "Aziende partner",
      },
      {
        title: "Progettualità avviate dagli Enti: opportunità e criticità",
        durationMinutes: 60,
        kind: "discussion",
      },
      { title: "Pausa", durationMinutes: 15, kind: "break" },
      { title: visit, durationMinutes: 60, kind: "guided-visit" },
    ],
  };
}

export async function seedLabsDemo(deps: Deps): Promise<void> {
  const cal = demoCalendar(deps.clock.now(), ROME);
  const [opening, funding, organisation, communication, closing] = cal.labII.meetings;
  const ancilab = await networkBySlug(deps, "ancilab");
  const lab = await createLab(deps, SYSTEM, ancilab.id, {
    title: "Lab II – Valorizzazione del patrimonio culturale",
    theme: "Valorizzazione dei beni culturali",
    objectives: [
      "Conoscere e comprendere le esigenze della Pubblica Amministrazione sul tema",
      "Individuare ambiti di innovazione da approfondire sotto il profilo tecnico e normativo",
      "Conoscere esperienze che costituiscono casi di successo",
      "Individuare percorsi operativi di miglioramento e diffondere le buone prassi",
      "Valutare opportunità di accesso a finanziamenti e di collaborazione tra Enti",
      "Sviluppare opportunità di confronto aperto tra Enti e Aziende",
      "Sviluppare attività di comunicazione per valorizzare il lavoro svolto dal Laboratorio",
    ],
    subThemes: ["Finanziamento", "Gestione organizzativa e dell'innovazione", "Comunicazione"],
    description:
      "Approfondimento e confronto su aspetti tecnici, strategici e di innovazione per la valorizzazione dei beni culturali: il patrimonio tangibile – beni archeologici, architettonici, artistici, storici, biblioteche e archivi storici.",
    periodStart: cal.labII.periodStart,
    periodEnd: cal.labII.periodEnd,
    venue: `${CASA_DEI_COMUNI.venue}, ${CASA_DEI_COMUNI.address}`,
    visibility: "public",
  });
  const meetings: MeetingDraft[] = [
    {
      title: "Incontro di apertura: scambio delle esperienze in corso",
      kind: "apertura",
      mode: "in-person",
      ...CASA_DEI_COMUNI,
      description:
        "Riservato alla PA: scambio delle esperienze in corso, obiettivi comuni e criticità, obiettivi operativi dei tavoli tecnici. Videointerviste a Sindaci e Assessori.",
      startsAt: at(`${opening}T10:00`),
      endsAt: at(`${opening}T13:00`),
      timeZone: ROME,
      capacity: 30,
      // The whole network knows it exists; only its public administrations register (decision 0052).
      visibility: "network",
      registration: "pa",
      agenda: [
        {
          title: "Apertura e presentazione del Laboratorio",
          durationMinutes: 20,
          kind: "talk",
          speaker: "AnciLab",
        },
        { title: "Le esperienze dei Comuni", durationMinutes: 90, kind: "discussion" },
        { title: "Obiettivi operativi dei tavoli tecnici", durationMinutes: 60, kind: "discussion" },
      ],
    },
    thematic(
      1,
      funding,
      "Secondo incontro: il finanziamento",
      "Visita guidata a un archivio storico restaurato",
    ),
    thematic(
      2,
      organisation,
      "Terzo incontro: gestione organizzativa e innovazione",
      "Visita guidata a un museo civico digitalizzato",
    ),
    thematic(
      3,
      communication,
      "Quarto incontro: la comunicazione",
      "Visita guidata a una biblioteca storica",
    ),
    {
      title: "Incontro conclusivo",
      kind: "conclusivo",
      mode: "in-person",
      ...CASA_DEI_COMUNI,
      description:
        "Valutazione dei risultati, contenuti del Convegno finale a RisorseComuni, sviluppi futuri dei Laboratori.",
      startsAt: at(`${closing}T10:00`),
      endsAt: at(`${closing}T13:00`),
      timeZone: ROME,
      capacity: 40,
      visibility: "network",
    },
  ];
  // Meetings already held get no reminder jobs (meetings/reminders.ts skips what has started).
  const created = [];
  for (const m of meetings) created.push(await createMeeting(deps, SYSTEM, lab, m));
  await seedLabHistory(deps, lab, created);

  await seedLabIII(deps, ancilab.id, cal.labIII);
  await seedOtherLabsDemo(deps);
}
