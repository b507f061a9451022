// Session templates: the columns (with a prompt each) a new session starts with, in both languages.
// The column texts are stored in the session in the creator's language (they are content then).
import type { Lang } from "../../platform/i18n/index.ts";

export const TEMPLATE_CODES = [
  "issues-solutions-practices",
  "common-goals",
  "project-opportunities-risks",
  "swot",
  "start-stop-continue",
  "blank",
] as const;
export type TemplateCode = (typeof TEMPLATE_CODES)[number];

type ColumnText = { title: string; prompt: string };
type Template = Record<Lang, ColumnText[]>;

export const TEMPLATES: Record<Exclude<TemplateCode, "blank">, Template> = {
  "issues-solutions-practices": {
    it: [
      { title: "Criticità", prompt: "Quali problemi incontrate nel vostro lavoro su questo tema?" },
      { title: "Soluzioni", prompt: "Quali soluzioni proponete o avete provato?" },
      { title: "Buone pratiche", prompt: "Quali esperienze riuscite conoscete e consigliate?" },
    ],
    en: [
      { title: "Critical issues", prompt: "Which problems do you meet in your work on this theme?" },
      { title: "Solutions", prompt: "Which solutions do you propose or have you tried?" },
      { title: "Good practices", prompt: "Which successful experiences do you know and recommend?" },
    ],
  },
  "common-goals": {
    it: [{ title: "Obiettivi comuni", prompt: "Quali obiettivi vogliamo raggiungere insieme come rete?" }],
    en: [{ title: "Common goals", prompt: "Which goals do we want to reach together as a network?" }],
  },
  "project-opportunities-risks": {
    it: [
      { title: "Opportunità", prompt: "Quali opportunità vedete nei progetti presentati?" },
      { title: "Rischi", prompt: "Quali rischi vedete, e come ridurli?" },
    ],
    en: [
      { title: "Opportunities", prompt: "Which opportunities do you see in the projects presented?" },
      { title: "Risks", prompt: "Which risks do you see, and how could they be reduced?" },
    ],
  },
  swot: {
    it: [
      { title: "Punti di forza", prompt: "Su cosa possiamo contare?" },
      { title: "Debolezze", prompt: "Cosa ci manca o ci frena?" },
      { title: "Opportunità", prompt: "Cosa possiamo cogliere all'esterno?" },
      { title: "Minacce", prompt: "Cosa all'esterno può ostacolarci?" },
    ],
    en: [
      { title: "Strengths", prompt: "What can we rely on?" },
      { title: "Weaknesses", prompt: "What do we lack, or what holds us back?" },
      { title: "Opportunities", prompt: "What could we seize outside?" },
      { title: "Threats", prompt: "What outside could hinder us?" },
    ],
  },
  "start-stop-continue": {
    it: [
      { title: "Iniziare", prompt: "Cosa dovremmo cominciare a fare?" },
      { title: "Smettere", prompt: "Cosa dovremmo smettere di fare?" },
      { title: "Continuare", prompt: "Cosa funziona e va continuato?" },
    ],
    en: [
      { title: "Start", prompt: "What should we start doing?" },
      { title: "Stop", prompt: "What should we stop doing?" },
      { title: "Continue", prompt: "What works and should go on?" },
    ],
  },
};

/** A blank session's columns come from the form: one per line, "Title | prompt". */
export function parseColumns(lines: string): ColumnText[] {
  return lines
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const bar = l.indexOf("|");
      return bar < 0
        ? { title: l, prompt: "" }
        : { title: l.slice(0, bar).trim(), prompt: l.slice(bar + 1).trim() };
    });
}

export function columnsOf(template: TemplateCode, lang: Lang, blank = ""): ColumnText[] {
  return template === "blank" ? parseColumns(blank) : TEMPLATES[template][lang];
}
