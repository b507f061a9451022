// Demo funding calls from the world of the seed documents: the PNRR capacity-building call that
// funded ICOM Italia's Learning Center, Erasmus+ adult-education partnerships (Digital City Experts),
// URBACT and Interreg calls for the cities' network, Creative Europe for museums, and regional calls
// for AnciLab's heritage lab and the Castelli Romani libraries. Deadlines are set from the clock so
// the demo always has open calls and a few closed ones. Each call is linked to a couple of the
// network's public practices, when the catalogue's demo has some.
import { SYSTEM } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { networkBySlug } from "../identity/index.ts";
import { searchPractices } from "../practices/index.ts";
import { createCall } from "./funding.service.ts";
import { type CallInput, parseDeadline } from "./schema.ts";

const DAY = 24 * 3600 * 1000;

type DemoCall = Omit<CallInput, "deadline" | "practices"> & {
  network: string;
  /** Days from now to the deadline (negative: closed), at 12:00 or 17:00 Rome time. */
  inDays: number;
  at: "12:00" | "17:00" | "23:59";
  /** Words to find practices of the network to link (a text search). */
  practicesAbout?: string;
};

const CALLS: DemoCall[] = [
  {
    network: "icom-italia",
    title: "PNRR – Capacity building per gli operatori della cultura (M1C3, Investimento 3.3)",
    programme: "pnrr",
    summary:
      "Avviso per proposte di formazione e aggiornamento degli operatori culturali sulla transizione digitale e verde: competenze digitali strategiche, accessibilità, coinvolgimento dei pubblici.",
    inDays: 38,
    at: "17:00",
    eligibleBodies: ["museum", "library", "archive", "association", "university"],
    budgetEur: 20_000_000,
    url: "https://pnrr.cultura.gov.it/",
    visibility: "public",
    practicesAbout: "inclusione",
  },
  {
    network: "icom-italia",
    title: "Creative Europe – Culture: European cooperation projects",
    programme: "creative-europe",
    summary:
      "Transnational cooperation projects in the cultural and creative sectors: audience development, inclusion, digital transition of museums and heritage institutions.",
    inDays: 96,
    at: "17:00",
    eligibleBodies: ["museum", "library", "archive", "association", "company", "university"],
    budgetEur: 60_000_000,
    url: "https://culture.ec.europa.eu/creative-europe",
    visibility: "public",
    practicesAbout: "museo",
  },
  {
    network: "digital-city-experts",
    title: "Erasmus+ KA220-ADU – Cooperation partnerships in adult education",
    programme: "erasmus-plus",
    summary:
      "Partnerships that develop curricula, MOOCs and learning paths for adults, such as digital skills for municipal staff in small and medium cities.",
    inDays: 124,
    at: "12:00",
    eligibleBodies: ["municipality", "university", "research-centre", "association", "company"],
    budgetEur: null,
    url: "https://erasmus-plus.ec.europa.eu/",
    visibility: "public",
    practicesAbout: "smart city",
  },
  {
    network: "urbact-interactive-cities",
    title: "URBACT IV – Call for Innovation Transfer Networks",
    programme: "urbact",
    summary:
      "Networks of cities that transfer a proven urban practice to partner cities, with support to write an investment plan: civic use of social media, participation, open data.",
    inDays: 21,
    at: "17:00",
    eligibleBodies: ["municipality", "metropolitan-city", "union-of-municipalities"],
    budgetEur: 6_500_000,
    url: "https://urbact.eu/",
    visibility: "public",
    practicesAbout: "social",
  },
  {
    network: "urbact-interactive-cities",
    title: "Interreg Europe – Call for project proposals",
    programme: "interreg",
    summary:
      "Interregional cooperation projects where regional and local authorities exchange experience to improve their regional development policies.",
    inDays: -75,
    at: "12:00",
    eligibleBodies: ["region", "municipality", "province", "university", "research-centre"],
    budgetEur: 120_000_000,
    url: "https://www.interregeurope.eu/",
    visibility: "public",
  },
  {
    network: "ancilab",
    title: "Regione Lombardia – Valorizzazione del patrimonio culturale tangibile",
    programme: "regional",
    summary:
      "Contributi a Comuni, Province e Unioni di Comuni per interventi di valorizzazione di beni archeologici, architettonici, biblioteche e archivi storici, anche con tecnologie digitali.",
    inDays: 55,
    at: "12:00",
    eligibleBodies: ["municipality", "province", "union-of-municipalities"],
    budgetEur: 4_000_000,
    url: "https://www.bandi.regione.lombardia.it/",
    visibility: "network",
    practicesAbout: "patrimonio",
  },
  {
    network: "ancilab",
    title: "PNRR – Attrattività dei borghi storici (M1C3, Investimento 2.1)",
    programme: "pnrr",
    summary: "Progetti di rigenerazione culturale e sociale dei piccoli borghi storici.",
    inDays: -240,
    at: "17:00",
    eligibleBodies: ["municipality", "union-of-municipalities"],
    budgetEur: 1_020_000_000,
    url: "https://pnrr.cultura.gov.it/",
    visibility: "public",
  },
  {
    network: "sistema-bibliotecario-castelli-romani",
    title: "Regione Lazio – Biblioteche e comunicazione del territorio",
    programme: "regional",
    summary:
      "Contributi alle biblioteche degli enti locali per servizi digitali, promozione della lettura e comunicazione social condivisa con i Comuni.",
    inDays: 30,
    at: "23:59",
    eligibleBodies: ["library", "municipality"],
    budgetEur: 1_500_000,
    url: "https://www.regione.lazio.it/",
    visibility: "public",
    practicesAbout: "biblioteca",
  },
];

function deadlineFrom(now: Date, inDays: number, at: string): Date {
  const ymd = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(
    new Date(now.getTime() + inDays * DAY),
  );
  return parseDeadline(`${ymd} ${at}`, "Europe/Rome")!;
}

export async function seedFundingDemo(deps: Deps): Promise<void> {
  const now = deps.clock.now();
  for (const { network: slug, inDays, at, practicesAbout, ...call } of CALLS) {
    const network = await networkBySlug(deps, slug).catch(() => null);
    if (!network) continue;
    const practices = practicesAbout
      ? (await searchPractices(deps, null, { q: practicesAbout, network: network.id, limit: 2 })).items.map(
          (p) => p.id,
        )
      : [];
    await createCall(deps, SYSTEM, network.id, {
      ...call,
      deadline: deadlineFrom(now, inDays, at),
      timeZone: "Europe/Rome",
      practices,
    });
  }
}
