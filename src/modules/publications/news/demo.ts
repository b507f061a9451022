// Demo news (issue 19, seeds 002 and 000), dates relative to the load day: AnciLab's column
// "Laboratori di AnciLab" with an article on Lab II, the "scenario normativo" document announced as
// news, an English item, a network-only item, and a proposal from Comune di Bergamo waiting for the
// editors; ICOM Italia's "report available" news. Written as rows (the history is the demo's, not
// events: no mail leaves for it).
import type { Deps } from "../../../platform/deps.ts";
import { newId } from "../../../platform/ids.ts";
import { accountByEmail, networkBySlug } from "../../identity/index.ts";
import { contentColumns, insertItem, type NewNewsRow } from "./news.repo.ts";

const DAY = 24 * 3600 * 1000;

type DemoItem = Pick<
  NewNewsRow,
  "kind" | "title" | "summary" | "body" | "language" | "visibility" | "status"
> & {
  network: string;
  tags: string[];
  by: { email: string; organisation: string };
  /** Days before the load day it was published (or proposed). */
  daysAgo: number;
  /** Days after publishing it was edited ("updated on"). */
  editedAfter?: number;
};

const PAOLO = { email: "paolo.bianchi@ancilab.example", organisation: "ANCI Lombardia" };
const SARA = { email: "sara.colombo@comune-bergamo.example", organisation: "Comune di Bergamo" };

const ITEMS: DemoItem[] = [
  {
    network: "ancilab",
    kind: "article",
    title: "Lab II: valorizzare il patrimonio culturale dei comuni lombardi",
    summary:
      "Al via il secondo laboratorio di AnciLab: finanziamenti, gestione e comunicazione del patrimonio materiale, con comuni grandi e piccoli, università e imprese.",
    body: "Il **Lab II** riunisce comuni, province, unioni di comuni, università, ministeri e imprese intorno al patrimonio culturale materiale: beni archeologici, architettonici, artistici, storici, biblioteche e archivi.\n\n## Tre temi\n\n- finanziamenti e opportunità di collaborazione;\n- gestione organizzativa e innovazione;\n- comunicazione.\n\nTra un incontro e l'altro raccogliamo i materiali delle amministrazioni partecipanti. Il programma completo è nella pagina del laboratorio.",
    language: "it",
    visibility: "public",
    status: "published",
    tags: ["laboratori", "patrimonio"],
    by: PAOLO,
    daysAgo: 20,
    editedAfter: 2,
  },
  {
    network: "ancilab",
    kind: "news",
    title: "Disponibile il documento sullo scenario normativo",
    summary:
      "La sintesi dello scenario normativo sulla valorizzazione del patrimonio, presentata al secondo incontro del Lab II, è a disposizione di chi partecipa.",
    body: "Il documento riassume le norme nazionali e regionali discusse al secondo incontro: codice dei beni culturali, partenariati pubblico-privati, bandi regionali.\n\nLo trovate tra i materiali del laboratorio.",
    language: "it",
    visibility: "public",
    status: "published",
    tags: ["laboratori", "normativa"],
    by: PAOLO,
    daysAgo: 9,
  },
  {
    network: "ancilab",
    kind: "news",
    title: "AnciLab labs: municipalities and companies meet on cultural heritage",
    summary: "An English summary of the AnciLab laboratories for partners abroad.",
    body: "AnciLab's innovation labs bring together large and small municipalities, universities and companies with experts, to learn from success cases and spread good practices.",
    language: "en",
    visibility: "public",
    status: "published",
    tags: ["labs"],
    by: PAOLO,
    daysAgo: 5,
  },
  {
    network: "ancilab",
    kind: "news",
    title: "Riservato alla rete: calendario delle visite guidate",
    summary: "Le date delle visite guidate del Lab II, per le amministrazioni della rete.",
    body: "Le visite guidate si terranno nei comuni che hanno presentato i loro progetti. Il calendario è condiviso solo con la rete.",
    language: "it",
    visibility: "network",
    status: "published",
    tags: ["laboratori"],
    by: PAOLO,
    daysAgo: 3,
  },
  {
    network: "ancilab",
    kind: "news",
    title: "Bergamo: una biblioteca diffusa nei quartieri",
    summary:
      "Il Comune di Bergamo racconta il progetto di punti prestito nei quartieri, nato dal confronto al Lab II.",
    body: "Proponiamo di raccontare il progetto di **biblioteca diffusa**: punti prestito nei centri civici dei quartieri, gestiti con le associazioni.\n\nAbbiamo foto e dati dei primi sei mesi.",
    language: "it",
    visibility: "public",
    status: "pending",
    tags: ["biblioteche", "progetti"],
    by: SARA,
    daysAgo: 1,
  },
  {
    network: "icom-italia",
    kind: "news",
    title: "Tavolo tecnico su inclusione e coinvolgimento multicanale: report disponibile",
    summary:
      "Il report del tavolo tecnico dell'ICOM Learning Center è disponibile per il download: criticità, soluzioni e buone pratiche.",
    body: "Il tavolo tecnico, facilitato con una lavagna digitale, ha individuato criticità (competenze digitali strategiche, sostenibilità delle tecnologie) e soluzioni (lavoro interdisciplinare, partenariati con università e centri di ricerca).\n\nIl report è scaricabile dalla pagina del tavolo. Continuate a segnalarci progetti che favoriscono l'inclusione attraverso il coinvolgimento digitale.",
    language: "it",
    visibility: "public",
    status: "published",
    tags: ["inclusione", "report"],
    by: { email: "", organisation: "ICOM Italia" },
    daysAgo: 12,
  },
];

export async function seedNewsDemo(deps: Deps): Promise<void> {
  const now = deps.clock.now().getTime();
  for (const d of ITEMS) {
    const network = await networkBySlug(deps, d.network).catch(() => null);
    if (!network) continue;
    const account = d.by.email ? await accountByEmail(deps, d.by.email) : undefined;
    const at = new Date(now - d.daysAgo * DAY);
    const published = d.status === "published";
    await insertItem(deps.db, {
      id: newId(),
      network_id: network.id,
      ...contentColumns(d),
      status: d.status,
      proposer_id: account?.id ?? null,
      byline_name: account?.name ?? null,
      byline_organisation: d.by.organisation,
      review_note: null,
      published_at: published ? at : null,
      created_at: at,
      updated_at: d.editedAfter ? new Date(at.getTime() + d.editedAfter * DAY) : at,
      edited_at: d.editedAfter ? new Date(at.getTime() + d.editedAfter * DAY) : null,
    });
  }
}
