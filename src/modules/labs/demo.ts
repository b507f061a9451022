// Demo labs and meetings from the seeds (docs/seeds.md): AnciLab's Lab II on cultural heritage
// with its programme (opening reserved to public administrations, three thematic meetings with
// guided visits, a closing meeting), and the Castelli Romani library consortium's territorial table
// on social media (the meeting at Nemi on 12 June 2018, held already, and a follow-up to come).
import { SYSTEM } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
// Demo people are found by their address, through identity's repository (its index has no lookup).
import { accountByEmail, networkBySlug } from "../identity/index.ts";
import { createLab } from "./labs.service.ts";
import { createMeeting } from "./meetings.service.ts";
import { registerAccount } from "./registrations.service.ts";
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
    visibility: "network",
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

export async function seedLabsDemo(deps: Deps, year = deps.clock.now().getUTCFullYear() + 1): Promise<void> {
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
    periodStart: `${year}-02-01`,
    periodEnd: `${year}-06-30`,
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
      startsAt: at(`${year}-02-10T10:00`),
      endsAt: at(`${year}-02-10T13:00`),
      timeZone: ROME,
      capacity: 30,
      visibility: "pa",
      agenda: [
        {
          title: "Benvenuto e presentazione del Laboratorio",
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
      `${year}-03-10`,
      "Secondo incontro: il finanziamento",
      "Visita guidata a un archivio storico restaurato",
    ),
    thematic(
      2,
      `${year}-04-14`,
      "Terzo incontro: gestione organizzativa e innovazione",
      "Visita guidata a un museo civico digitalizzato",
    ),
    thematic(
      3,
      `${year}-05-12`,
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
      startsAt: at(`${year}-06-16T10:00`),
      endsAt: at(`${year}-06-16T13:00`),
      timeZone: ROME,
      capacity: 40,
      visibility: "network",
    },
  ];
  // Future demo meetings get their reminder jobs like any other: the server starts its job queue
  // before it seeds (server.ts), so sending them waits for the queue rather than for the seeding.
  for (const m of meetings) await createMeeting(deps, SYSTEM, lab, m);

  // ICOM Italia's technical table (seed 000): the lab its board session (boards/demo.ts) belongs to.
  const icom = await networkBySlug(deps, "icom-italia");
  const icomTable = await createLab(deps, SYSTEM, icom.id, {
    title: "Tavolo tecnico su inclusione e multichannel audience engagement",
    theme: "Musei, inclusione e coinvolgimento digitale dei pubblici",
    objectives: [
      "Individuare criticità e soluzioni per l'inclusione attraverso il digitale",
      "Raccogliere casi studio e buone pratiche da condividere con la rete",
    ],
    subThemes: ["Inclusione", "Audience engagement"],
    description:
      "Un tavolo di esperti del settore culturale dell'ICOM Learning Center, facilitato con una lavagna partecipativa (criticità, soluzioni, buone pratiche). Finanziato dal PNRR.",
    periodStart: "2024-07-22",
    venue: "Online",
    visibility: "public",
  });
  await createMeeting(deps, SYSTEM, icomTable, {
    mode: "online",
    onlineUrl: "https://incontri.icom-italia.example/tavolo-tecnico",
    timeZone: ROME,
    visibility: "public",
    title: "Tavolo tecnico del 22 luglio 2024",
    kind: "tavolo tecnico",
    startsAt: at("2024-07-22T10:00"),
    endsAt: at("2024-07-22T13:00"),
    agenda: [
      {
        title: "Criticità: competenze digitali e sostenibilità delle tecnologie",
        durationMinutes: 60,
        kind: "discussion",
      },
      { title: "Soluzioni e buone pratiche", durationMinutes: 90, kind: "discussion" },
    ],
  });

  const sbcr = await networkBySlug(deps, "sistema-bibliotecario-castelli-romani");
  const table = await createLab(deps, SYSTEM, sbcr.id, {
    title: "Tavolo territoriale sulla comunicazione social",
    theme: "Biblioteche e comunicazione social ai Castelli Romani",
    objectives: ["Avviare una strategia di comunicazione condivisa tra Comuni e biblioteche del territorio"],
    subThemes: ["Social media", "Biblioteche"],
    description: "Nato nel progetto strategico «Biblioteche in Coworking».",
    periodStart: "2018-06-12",
    venue: "Biblioteca diffusa Locanda Specchio di Diana, Nemi",
    visibility: "public",
  });
  const nemi = {
    mode: "in-person" as const,
    venue: "Biblioteca diffusa Locanda Specchio di Diana",
    address: "Nemi (RM)",
    timeZone: ROME,
    visibility: "public" as const,
  };
  await createMeeting(deps, SYSTEM, table, {
    ...nemi,
    title: "Dagli scaffali al web. I social che fanno crescere il territorio",
    kind: "tavolo territoriale",
    description:
      "Con più community e più comunità: una comunicazione condivisa che offra al cittadino un racconto del territorio, secondo le linee guida #PASocial. Invitati Sindaci, comunicatori dei Comuni e bibliotecari.",
    startsAt: at("2018-06-12T09:30"),
    endsAt: at("2018-06-12T12:30"),
    agenda: [
      {
        title: "I social come servizio pubblico",
        durationMinutes: 45,
        kind: "talk",
        speaker: "Giacomo Tortorici",
      },
      {
        title: "Esperienze dagli incontri formativi con i bibliotecari",
        durationMinutes: 45,
        kind: "talk",
        speaker: "Giulia Agostinelli",
      },
      { title: "Verso una strategia di comunicazione condivisa", durationMinutes: 90, kind: "discussion" },
    ],
  });
  const second = await createMeeting(deps, SYSTEM, table, {
    ...nemi,
    title: "Secondo tavolo: il piano editoriale condiviso",
    kind: "tavolo territoriale",
    startsAt: at(`${year}-03-20T09:30`),
    endsAt: at(`${year}-03-20T12:30`),
    capacity: 25,
    waitlist: true,
    questions: [
      { label: "Quale ente rappresenti?", required: true },
      { label: "Esigenze di accessibilità o alimentari", required: false },
    ],
  });
  // Two demo people already registered (no mail sent), so the registrations page has content.
  const [who, needs] = second.questions;
  for (const [email, org] of [
    ["marco.rossi@comune-nemi.example", "Comune di Nemi"],
    ["elena.conti@comune-frascati.example", "Comune di Frascati"],
  ] as const) {
    const account = await accountByEmail(deps, email);
    if (!account) continue;
    await registerAccount(deps, {
      meetingId: second.id,
      accountId: account.id,
      registeredBy: null,
      answers: [
        { questionId: who!.id, answer: org },
        ...(email.startsWith("elena") ? [{ questionId: needs!.id, answer: "Pasto vegetariano" }] : []),
      ],
      mail: false,
    });
  }
}
