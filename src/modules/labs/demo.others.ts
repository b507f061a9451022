// Demo labs beyond AnciLab's (docs/seeds.md): ICOM Italia's technical table (its board session is in
// boards/demo.ts) and the Castelli Romani library consortium's territorial table on social media (the
// meeting at Nemi on 12 June 2018, held already, and a follow-up to come, with two people registered).
import { SYSTEM } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
// Demo people are found by their address, through identity's repository (its index has no lookup).
import { accountByEmail, networkBySlug } from "../identity/index.ts";
import { createLab } from "./labs.service.ts";
import { createMeeting } from "./meetings/service.ts";
import { registerAccount } from "./registrations/service.ts";
import { zonedToInstant } from "./zones.ts";

const ROME = "Europe/Rome";
const at = (local: string) => zonedToInstant(local, ROME)!;

export async function seedOtherLabsDemo(
  deps: Deps,
  year = deps.clock.now().getUTCFullYear() + 1,
): Promise<void> {
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
