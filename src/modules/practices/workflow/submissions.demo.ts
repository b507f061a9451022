// Demo data of the workflow, so the moderation queue and the comments have real content: reports
// waiting in the Castelli Romani library network (sent, in review, changes requested) and in AnciLab
// (sent, in review: so Paolo Bianchi, the AnciLab coordinator the HTTP benchmark signs in as, has a
// queue too), a member's comments on a published practice, and two flags. Written through the
// repositories, without mails.
import type { Deps } from "../../../platform/deps.ts";
import { hashToken, newId } from "../../../platform/ids.ts";
import { seedNotice } from "../../../platform/notifications.ts";
import { accountContact, networkBySlug, networkPeopleWithRoles } from "../../identity/index.ts";
import { createPractice, loadPractice } from "../catalogue/service.ts";
import type { PracticeStatus } from "../tables.ts";
import {
  insertComment,
  insertEvent,
  insertFlag,
  moveStatus,
  updateSubmission,
  upsertSubmission,
} from "./repo.ts";

const SBCR = "sistema-bibliotecario-castelli-romani";
const ANCI = "ancilab";
const DAY = 86_400_000;

/** The edit link of the demo report waiting for changes: /practices/submissions/edit?token=… */
export const DEMO_EDIT_TOKEN = "demo-changes-requested-castelli-romani";

type Step = { to: PracticeStatus; action: string; reason?: string };

const REPORTS: {
  network: string;
  title: string;
  summary: string;
  organisation: string;
  place: string;
  problem: string;
  solution: string;
  themes: string[];
  submitter: [name: string, email: string];
  /** Reported by the network's demo member (signed in), who edits it from "Your reports". */
  byMember: boolean;
  /** When it was sent; each step follows a day later. */
  daysAgo: number;
  steps: Step[];
}[] = [
  {
    network: SBCR,
    title: "Letture ad alta voce nelle RSA dei Castelli",
    summary:
      "Volontari delle biblioteche leggono ogni settimana nelle residenze per anziani di quattro comuni.",
    organisation: "Biblioteca comunale di Genzano",
    place: "Genzano di Roma",
    problem: "Gli ospiti delle RSA non potevano più raggiungere la biblioteca.",
    solution:
      "Un calendario di letture con volontari formati dalla biblioteca e un piccolo prestito a domicilio.",
    themes: ["libraries", "inclusion"],
    submitter: ["Lucia Marchetti", "lucia.marchetti@example.org"],
    byMember: false,
    daysAgo: 10,
    steps: [],
  },
  {
    network: SBCR,
    title: "Il podcast della biblioteca di Marino",
    summary: "Ragazze e ragazzi del servizio civile raccontano in podcast i libri e la storia del paese.",
    organisation: "Biblioteca civica di Marino",
    place: "Marino",
    problem: "I più giovani non conoscevano i servizi della biblioteca.",
    solution: "Un podcast mensile registrato in biblioteca e diffuso sui canali social del Comune.",
    themes: ["libraries", "social-media", "audience-engagement"],
    submitter: ["Giorgio Sala", "giorgio.sala@example.org"],
    byMember: false,
    daysAgo: 7,
    steps: [{ to: "in-review", action: "review" }],
  },
  {
    network: SBCR,
    title: "Wikipedia e archivi comunali",
    summary: "Maratone di scrittura su Wikipedia con le fotografie dell'archivio storico comunale.",
    organisation: "Archivio storico di Albano Laziale",
    place: "Albano Laziale",
    problem: "Le fotografie dell'archivio erano note a pochissimi.",
    solution: "Tre giornate di scrittura collettiva con Wikimedia Italia e le scuole superiori.",
    themes: ["heritage", "open-data", "participation"],
    submitter: ["Marta Ricci", "marta.ricci@example.org"],
    byMember: false,
    daysAgo: 4,
    steps: [
      {
        to: "changes-requested",
        action: "request-changes",
        reason: "Indicate la licenza delle fotografie caricate e quanti articoli sono stati scritti.",
      },
    ],
  },
  {
    network: SBCR,
    title: "Bookcrossing nelle stazioni dei Castelli",
    summary: "Scaffali di libri liberi nelle stazioni ferroviarie, curati dalle biblioteche vicine.",
    organisation: "Comune di Frascati",
    place: "Frascati",
    problem: "I pendolari non avevano tempo di passare in biblioteca.",
    solution: "Scaffali nelle stazioni, riforniti ogni settimana dai volontari.",
    themes: ["libraries", "participation"],
    // Reported by the demo member (signed in): she edits it from "Your reports" on /practices/new.
    submitter: ["", ""],
    byMember: true,
    daysAgo: 1,
    steps: [
      {
        to: "changes-requested",
        action: "request-changes",
        reason: "Aggiungete quanti libri sono stati scambiati nel primo anno.",
      },
    ],
  },
  // AnciLab: the organisations typed are identity's (Bergamo exactly, the Oltrepò union nearly), so
  // the review page offers to link them when publishing.
  {
    network: ANCI,
    title: "Mappa partecipata delle chiese campestri dell'Oltrepò",
    summary:
      "Abitanti e scuole segnalano e fotografano le chiese campestri su una mappa aperta curata dall'Unione.",
    organisation: "Unione Comuni Lombardi Oltrepò",
    place: "Varzi",
    problem: "Decine di piccole chiese fuori dai centri abitati non erano censite né visitabili.",
    solution:
      "Una mappa aperta con schede scritte dagli abitanti, verificate dall'ufficio cultura e pubblicate come dati aperti.",
    themes: ["heritage", "participation", "open-data"],
    submitter: ["Silvia Ferrari", "silvia.ferrari@example.org"],
    byMember: false,
    daysAgo: 6,
    steps: [],
  },
  {
    network: ANCI,
    title: "Biblioteca di Bergamo accessibile con la lingua dei segni",
    summary:
      "Visite guidate e video in LIS alla Biblioteca civica, con i percorsi tattili per le persone cieche.",
    organisation: "Comune di Bergamo",
    place: "Bergamo",
    problem: "Le persone sorde e cieche non partecipavano alle attività della biblioteca.",
    solution:
      "Operatori formati alla LIS, video sottotitolati delle sale e mappe tattili all'ingresso, progettati con le associazioni.",
    themes: ["accessibility", "inclusion", "libraries"],
    submitter: ["Andrea Villa", "andrea.villa@example.org"],
    byMember: false,
    daysAgo: 3,
    steps: [{ to: "in-review", action: "review" }],
  },
];

/** A demo network's id, its (first) coordinator and its first plain member. */
async function networkOf(deps: Deps, slug: string) {
  const net = await networkBySlug(deps, slug);
  const people = await networkPeopleWithRoles(deps, net.id);
  return {
    id: net.id,
    coordinator: people.find((p) => p.roles.includes("coordinator")),
    member: people.find((p) => p.roles.includes("member") && !p.roles.includes("coordinator")),
  };
}

export async function seedWorkflowDemo(deps: Deps): Promise<void> {
  const networks = new Map<string, Awaited<ReturnType<typeof networkOf>>>();
  for (const slug of new Set(REPORTS.map((r) => r.network))) networks.set(slug, await networkOf(deps, slug));
  const now = deps.clock.now().getTime();
  for (const r of REPORTS) {
    const { id: networkId, coordinator, member } = networks.get(r.network)!;
    const memberContact = r.byMember && member ? await accountContact(deps, member.id) : null;
    if (r.byMember && !(member && memberContact)) continue;
    const [name, email] = r.byMember ? [memberContact!.name, memberContact!.email] : r.submitter;
    const createdBy = r.byMember ? member!.id : null;
    const p = await createPractice(
      deps,
      {
        title: r.title,
        summary: r.summary,
        place: r.place,
        country: "IT",
        language: "it",
        startYear: 2024,
        problem: r.problem,
        solution: r.solution,
        themes: r.themes,
        networkId,
        visibility: "public",
      },
      { createdBy },
    );
    const sentAt = new Date(now - r.daysAgo * DAY);
    await upsertSubmission(deps.db, {
      practice_id: p.id,
      submitter_name: name!,
      submitter_email: email!,
      submitter_account_id: createdBy,
      submitter_language: "it",
      organisation_name: r.organisation,
      consent_publication_at: sentAt,
      consent_contact_at: sentAt,
      submitted_at: sentAt,
    });
    await moveStatus(deps.db, p.id, ["draft"], "submitted", sentAt);
    await insertEvent(deps.db, {
      practice_id: p.id,
      actor_id: null,
      action: "submitted",
      from_status: "draft",
      to_status: "submitted",
      reason: null,
      at: sentAt,
    });
    let from: PracticeStatus = "submitted";
    for (const s of r.steps) {
      const at = new Date(sentAt.getTime() + DAY);
      await moveStatus(deps.db, p.id, [from], s.to, at);
      await insertEvent(deps.db, {
        practice_id: p.id,
        actor_id: coordinator?.id ?? null,
        action: s.action,
        from_status: from,
        to_status: s.to,
        reason: s.reason ?? null,
        at,
      });
      if (s.to === "changes-requested")
        await updateSubmission(deps.db, p.id, {
          reason: s.reason ?? null,
          // People with an account edit from their reports list; the mailed link is for the others.
          ...(r.byMember
            ? {}
            : {
                edit_token_hash: hashToken(DEMO_EDIT_TOKEN),
                edit_token_expires_at: new Date(now + 365 * DAY),
              }),
        });
      from = s.to;
    }
    // What the notification kinds would have told people (notifications.ts), in their lists: the
    // moderators of a report still waiting, a member of their report sent back for changes.
    const lastAt = new Date(sentAt.getTime() + (r.steps.length ? DAY : 0));
    const ref = { practiceId: p.id, networkId, visibility: "public" as const };
    if (from === "submitted") await seedNotice(deps, "practices.report-submitted", ref, lastAt);
    if (from === "changes-requested")
      await seedNotice(deps, "practices.report-changes-requested", ref, lastAt);
  }
  // Comments and flags on the first demo practice of the Castelli Romani network.
  const member = networks.get(SBCR)?.member;
  const practice = await loadPractice(deps, "biblioteca-diffusa-castelli-romani").catch(() => null);
  if (!practice || !member) return;
  const comments = [
    "Abbiamo provato qualcosa di simile a Rocca di Papa: i bar sono stati i partner più entusiasti.",
    "Come avete gestito i libri non restituiti nei punti prestito?",
  ];
  let firstComment = "";
  for (const [i, body] of comments.entries()) {
    const id = newId();
    firstComment ||= id;
    await insertComment(deps.db, {
      id,
      practiceId: practice.id,
      authorId: member.id,
      body,
      now: new Date(now - (5 - i) * DAY),
    });
  }
  await insertFlag(deps.db, {
    practiceId: practice.id,
    commentId: firstComment,
    reporterId: null,
    reason: "Il commento cita un esercizio commerciale per nome.",
    now: new Date(now - 2 * DAY),
  });
  await insertFlag(deps.db, {
    practiceId: practice.id,
    commentId: null,
    reporterId: null,
    reason: "Il link al sito del progetto non funziona più.",
    now: new Date(now - DAY),
  });
}
