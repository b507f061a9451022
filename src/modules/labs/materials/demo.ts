// Demo data for AnciLab's Lab II beyond its programme (docs/seeds.md): a cover image (demo.cover.ts), the
// organisations and people taking part, materials collected between meetings (a video interview with
// captions, transcript and recorded consent; the slides of the funding meeting; links to where the
// interviews are published) and an Integrated Action Plan in the URBACT manner, plus one partner's own
// plan. People in the interview are fictional, like every demo person.
//
// The video (materials/demo.webm, 6 s, VP8, 18 KB) is three title cards recorded from a canvas with
// Chromium's MediaRecorder: a stand-in that plays, with captions in step, not a real interview.
import { readFileSync } from "node:fs";
import { SYSTEM } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import {
  memberOrganisations,
  networkBySlug,
  networkPeopleWithRoles,
  openInvitation,
} from "../../identity/index.ts";
import { addAction, addGoal, createPlan, getPlan } from "../action-plans/service.ts";
import { updateCover } from "../cover.service.ts";
import { LAB_II_COVER_ALT, labIICoverPng } from "../demo.cover.ts";
import { loadLab } from "../labs.service.ts";
import { meetingsOfLabs } from "../meetings/repo.ts";
import { LAB_INVITATIONS } from "../members/lab-invitations.kind.ts";
import { addPersonToLab } from "../members/repo.ts";
import { addOrganisationToLab } from "../members/service.ts";
import { addMaterial, curate } from "./service.ts";
import type { ActionStatus } from "./tables.ts";

const LAB_II = "lab-ii-valorizzazione-del-patrimonio-culturale";

/**
 * A pending invitation to Lab II with a known link, so the invitation page can be shown (and checked
 * for accessibility) without reading mail. Demo data only: anyone with this text can answer it.
 */
export const DEMO_LAB_INVITATION_TOKEN = "demo-invito-lab-ii-assessora-cultura-bergamo";

// ---- a one-page PDF, made here so the demo needs no binary files
/** A one-page PDF with lines of text (Helvetica, WinAnsi: Italian accents are single bytes). */
export function simplePdf(title: string, lines: string[]): Buffer {
  const esc = (s: string) =>
    [...s]
      .map((ch) => {
        const code = ch.charCodeAt(0);
        if (ch === "(" || ch === ")" || ch === "\\") return `\\${ch}`;
        if (code < 128) return ch;
        return code < 256 ? `\\${code.toString(8).padStart(3, "0")}` : "?";
      })
      .join("");
  const text = [
    "BT /F1 20 Tf 56 780 Td",
    `(${esc(title)}) Tj`,
    "/F1 12 Tf 0 -34 Td 16 TL",
    ...lines.map((l) => `(${esc(l)}) '`),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(text, "latin1")} >>\nstream\n${text}\nendstream`,
    `<< /Title (${esc(title)}) /Producer (Bottega demo) >>`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const CAPTIONS = `WEBVTT

1
00:00:00.000 --> 00:00:02.000
Il Laboratorio ci ha dato il coraggio di ripartire dal nostro archivio storico.

2
00:00:02.000 --> 00:00:04.000
Lo abbiamo recuperato insieme a un'università e a un'azienda del territorio,
e oggi è aperto a scuole e cittadini.

3
00:00:04.000 --> 00:00:06.000
Grazie ad AnciLab: da soli non ce l'avremmo fatta.
`;

const TRANSCRIPT = `Giorgio Rinaldi, Presidente dell'Unione dei Comuni Lombardi dell'Oltrepò (intervista di demo, persona di fantasia).

«Il Laboratorio ci ha dato il coraggio di ripartire dal nostro archivio storico. Lo abbiamo recuperato insieme a un'università e a un'azienda del territorio, e oggi è aperto a scuole e cittadini. Grazie ad AnciLab: da soli non ce l'avremmo fatta.»`;

type ActionDemo = [title: string, owner: string, deadline: string, status: ActionStatus, note?: string];

export async function seedLabMaterialsDemo(
  deps: Deps,
  year = deps.clock.now().getUTCFullYear() + 1,
): Promise<void> {
  const lab = await loadLab(deps, LAB_II);
  const ancilab = await networkBySlug(deps, "ancilab");

  await updateCover(deps, SYSTEM, lab, {
    image: await labIICoverPng(),
    alt: LAB_II_COVER_ALT,
    remove: false,
  });

  // Who takes part: the network's organisations and its people (the facilitator leads).
  const orgs = await memberOrganisations(deps, ancilab.id);
  for (const o of orgs) await addOrganisationToLab(deps, lab, o.id, SYSTEM);
  for (const p of await networkPeopleWithRoles(deps, ancilab.id)) {
    if (p.roles.includes("coordinator")) continue;
    await addPersonToLab(deps.db, lab.id, p.id, p.roles.includes("facilitator") ? "facilitator" : "member");
  }
  const fresh = await loadLab(deps, lab.id);
  const now = deps.clock.now();
  await openInvitation(deps.db, LAB_INVITATIONS, now, {
    targetId: lab.id,
    networkId: lab.networkId,
    email: "assessora.cultura@comune-bergamo.example",
    role: "member",
    organisationId: orgs.find((o) => o.slug === "comune-di-bergamo")?.id ?? null,
    invitedBy: null,
    token: DEMO_LAB_INVITATION_TOKEN,
  });
  const org = (slug: string) => orgs.find((o) => o.slug === slug);
  const meetings = await meetingsOfLabs(deps.db, [lab.id]);
  const funding = meetings.find((m) => m.title.includes("finanziamento"));

  const video = await addMaterial(
    deps,
    SYSTEM,
    fresh,
    {
      kind: "video",
      title: "Videointervista: l'archivio storico dell'Oltrepò riaperto ai cittadini",
      description:
        "Il Presidente dell'Unione dei Comuni Lombardi dell'Oltrepò racconta il recupero dell'archivio storico (intervista raccolta all'incontro di apertura).",
      file: {
        bytes: readFileSync(new URL("./demo.webm", import.meta.url)),
        name: "intervista-oltrepo.webm",
      },
      captions: { bytes: Buffer.from(CAPTIONS, "utf8"), name: "intervista-oltrepo.vtt" },
      transcript: TRANSCRIPT,
      consent: true,
      consentBy:
        "Giorgio Rinaldi, Presidente dell'Unione dei Comuni Lombardi dell'Oltrepò (liberatoria firmata)",
    },
    "Paolo Bianchi",
  );
  await curate(deps, SYSTEM, fresh, video.id, {
    tags: "videointerviste, archivi",
    featured: true,
    hidden: false,
  });

  const slides = await addMaterial(
    deps,
    SYSTEM,
    fresh,
    {
      kind: "document",
      title: "Scenario normativo: finanziare la valorizzazione dei beni culturali",
      description: "Le slide dell'intervento di Anci Lombardia al secondo incontro.",
      meetingId: funding?.id ?? "",
      file: {
        bytes: simplePdf("Scenario normativo", [
          "Lab II - Valorizzazione del patrimonio culturale",
          "Secondo incontro: il finanziamento",
          "",
          "1. Bandi regionali per archivi, biblioteche e musei",
          "2. Fondi europei: FESR, Europa Creativa, Interreg",
          "3. Art bonus e partenariati pubblico-privati",
          "4. Collaborazione tra Enti per candidature congiunte",
        ]),
        name: "scenario-normativo.pdf",
      },
    },
    "Sara Colombo",
  );
  await curate(deps, SYSTEM, fresh, slides.id, { tags: "finanziamento", featured: false, hidden: false });

  await addMaterial(
    deps,
    SYSTEM,
    fresh,
    {
      kind: "link",
      title: "Strategie Amministrative: la rubrica dei Laboratori",
      description:
        "Dove sono pubblicate le videointerviste a Sindaci e Assessori e le notizie dei Laboratori.",
      url: "https://www.strategieamministrative.it",
    },
    "Paolo Bianchi",
  );
  await addMaterial(
    deps,
    SYSTEM,
    fresh,
    {
      kind: "link",
      title: "URBACT: come scrivere un Piano d'azione integrato",
      description: "La guida del programma URBACT seguita per il piano del laboratorio.",
      url: "https://urbact.eu/toolbox-home",
    },
    "Davide Greco",
  );

  // The lab's Integrated Action Plan: goals from its objectives, actions with owners and deadlines.
  const plan = await createPlan(deps, SYSTEM, fresh, {
    title: "Piano d'azione integrato del Lab II",
    summary:
      "Le azioni che gli Enti del Laboratorio si impegnano a portare avanti dopo gli incontri, con chi se ne occupa e entro quando. Aggiornato a ogni incontro.",
  });
  const goals: [string, string, ActionDemo[]][] = [
    [
      "Accedere ai finanziamenti per la valorizzazione del patrimonio",
      "Valutare le opportunità di finanziamento e candidare progetti comuni tra Enti.",
      [
        [
          "Mappare i bandi regionali ed europei aperti",
          "ANCI Lombardia",
          `${year}-03-31`,
          "in-progress",
          "Raccolti 12 bandi; la scheda comune è nei materiali del secondo incontro.",
        ],
        [
          "Candidare un progetto congiunto di digitalizzazione degli archivi",
          org("unione-comuni-lombardi-oltrepo")?.name ?? "Unione dei Comuni",
          `${year}-09-30`,
          "planned",
        ],
      ],
    ],
    [
      "Innovare la gestione organizzativa",
      "Competenze e strumenti condivisi tra Enti e aziende.",
      [
        [
          "Catalogo condiviso delle competenze",
          org("universita-degli-studi-di-milano")?.name ?? "Università",
          `${year}-04-30`,
          "done",
          "Pubblicato e presentato al terzo incontro.",
        ],
        [
          "Prototipo di biglietteria digitale per i musei civici",
          org("heritage-tech-srl")?.name ?? "Azienda partner",
          `${year}-06-15`,
          "in-progress",
        ],
      ],
    ],
    [
      "Comunicare il lavoro del Laboratorio",
      "Far conoscere risultati e buone prassi.",
      [
        [
          "Pubblicare le videointerviste a Sindaci e Assessori",
          "AnciLab",
          `${year}-05-31`,
          "in-progress",
          "Prima intervista online, con sottotitoli e trascrizione.",
        ],
        [
          "Newsletter cartacea per i Comuni",
          "AnciLab",
          `${year}-04-01`,
          "dropped",
          "Sostituita dalla rubrica online su Strategie Amministrative.",
        ],
      ],
    ],
  ];
  for (const [title, description, actions] of goals) {
    const goalId = await addGoal(deps, SYSTEM, fresh, await getPlan(deps, SYSTEM, fresh, plan.slug), {
      title,
      description,
    });
    for (const [a, owner, deadline, status, note] of actions) {
      await addAction(deps, SYSTEM, fresh, await getPlan(deps, SYSTEM, fresh, plan.slug), goalId, {
        title: a,
        owner,
        deadline,
        status,
        note: note ?? "",
      });
    }
  }

  // One partner's own plan.
  const bergamo = org("comune-di-bergamo");
  if (bergamo) {
    const own = await createPlan(deps, SYSTEM, fresh, {
      title: "Piano d'azione del Comune di Bergamo",
      summary: "Il contributo del Comune al Laboratorio.",
      organisationId: bergamo.id,
    });
    const goalId = await addGoal(deps, SYSTEM, fresh, await getPlan(deps, SYSTEM, fresh, own.slug), {
      title: "Aprire al pubblico l'archivio fotografico civico",
    });
    await addAction(deps, SYSTEM, fresh, await getPlan(deps, SYSTEM, fresh, own.slug), goalId, {
      title: "Digitalizzare e descrivere le prime 500 fotografie",
      owner: "Servizio Biblioteche",
      deadline: `${year}-10-31`,
      status: "planned",
    });
  }
}
