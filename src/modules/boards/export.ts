// The session's files, in every phase: Markdown, CSV (one row per note) and a tagged, accessible
// PDF (src/platform/pdf). The only export code of the board: each file is built from the
// SessionSummary the viewer may see (outcomes.service.ts), so an export never shows more than the
// board and the summary page (no authors in an anonymous session, no other people's notes in a
// private collect, no totals while votes are hidden). Before the session is closed the files say
// which phase they were taken in. Pure: the PDF is rendered off the event loop by summary-pdf.ts.
import { csvCell } from "../../platform/csv.ts";
import { formatDate, type Lang, type T } from "../../platform/i18n/index.ts";
import { slugify } from "../../platform/ids.ts";
import type { PdfBlock, TaggedPdf } from "../../platform/pdf/tagged.ts";
import type { RankedGroup, SessionSummary } from "./outcomes.service.ts";
import type { Outcome } from "./rules.ts";
import "./messages.outcomes.ts";
import "./messages.ts";

/** "3 voti", "1 voto" (the translator picks the singular form). */
export const votesLabel = (t: T, n: number) => t("boards.outcomes.votes", { n });

import { groupName } from "./views/shared/types.ts";

export { groupName };

/**
 * A due date (YYYY-MM-DD: a day, with no time or zone) as people read it, "31 marzo 2027" or
 * "31 March 2027". Formatted at noon UTC so no zone can move it to the day before or after.
 */
export const dueDate = (lang: Lang, iso: string) => formatDate(lang, new Date(`${iso}T12:00:00Z`), "UTC");

/** "Action: text (owner: X, by 1 December 2026)" in the viewer's language. */
export function outcomeLine({ t, lang }: Pick<Fmt, "t" | "lang">, o: Outcome): string {
  const extra = [
    o.owner ? t("boards.outcomes.export.owner", { owner: o.owner }) : "",
    o.due ? t("boards.outcomes.export.due", { date: dueDate(lang, o.due) }) : "",
  ].filter(Boolean);
  return `${t(`boards.outcomes.kind.${o.kind}`)}: ${o.text}${extra.length ? ` (${extra.join(", ")})` : ""}`;
}

export function figuresLine(t: T, s: SessionSummary): string {
  return t("boards.outcomes.figuresLine", { ...s.figures });
}

/** A group's votes, or "hidden" while the facilitators keep them hidden (vote phase). */
const groupVotes = (t: T, g: RankedGroup) =>
  g.total === undefined ? t("boards.group.votesHidden") : votesLabel(t, g.votes);

/** The line under the title: when the session closed, or the phase it is in now. */
function statusLine(f: Fmt, s: SessionSummary): string {
  const when = closedOn(f, s);
  if (s.closed) return when ? f.t("boards.outcomes.closedOn", { date: when }) : "";
  return `${f.t("boards.phase")}: ${f.t(`boards.phase.${s.phase}`)}`;
}

/** How dates are written: the viewer's language and the instance's zone. */
export type Fmt = { t: T; lang: Lang; zone: string };

const closedOn = ({ lang, zone }: Fmt, s: SessionSummary) =>
  s.session.closed_at ? formatDate(lang, s.session.closed_at, zone) : "";

/**
 * The file's name for people's download folders: the session's title and day, slugified, as
 * "tavolo-icom-inclusione-2026-12-07-summary.md". The day is the close's (what the summary is of)
 * or, before closing, the day the snapshot is taken, in the instance's zone. ASCII only, so it needs
 * no encoding in Content-Disposition; a title with no letters or digits falls back to "session".
 */
export function exportFileName(
  session: { title: string; closed_at: Date | null },
  now: Date,
  zone: string,
  format: "md" | "csv" | "pdf",
): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(session.closed_at ?? now);
  return `${shortSlug(session.title, 60) || "session"}-${day}-summary.${format}`;
}

/** A slug of at most `max` characters, cut between words where it has to be cut. */
function shortSlug(text: string, max: number): string {
  const slug = slugify(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, "");
}

// ---- Markdown ----

const mdEscape = (x: string) => x.replace(/([\\`*_[\]#<>|!])/g, "\\$1").replace(/\s*\n\s*/g, " ");

export function summaryMarkdown(f: Fmt, s: SessionSummary): string {
  const { t } = f;
  const lines: string[] = [`# ${mdEscape(s.session.title)}`, ""];
  const status = statusLine(f, s);
  if (status) lines.push(mdEscape(status), "");
  lines.push(figuresLine(t, s), "");
  if (s.anonymous) lines.push(t("boards.outcomes.anonymous"), "");
  for (const c of s.columns) {
    lines.push(`## ${mdEscape(c.title)}`, "");
    if (c.prompt) lines.push(`_${mdEscape(c.prompt)}_`, "");
    if (!c.groups.length) lines.push(t("boards.outcomes.noGroups"), "");
    for (const g of c.groups) {
      lines.push(`### ${g.rank}. ${mdEscape(groupName(t, g))} — ${groupVotes(t, g)}`, "");
      for (const n of g.notes)
        lines.push(`- ${mdEscape(n.text)}${n.author ? ` — ${mdEscape(n.author.name)}` : ""}`);
      if (g.outcomes.length) {
        lines.push("");
        for (const o of g.outcomes) lines.push(`> ${mdEscape(outcomeLine(f, o))}`);
      }
      lines.push("");
    }
  }
  lines.push(`## ${t("boards.outcomes.general")}`, "");
  if (!s.general.length) lines.push(t("boards.outcomes.generalNone"), "");
  for (const o of s.general) lines.push(`- ${mdEscape(outcomeLine(f, o))}`);
  return `${lines.join("\n").trimEnd()}\n`;
}

// ---- CSV ----

export const CSV_HEADER = ["column", "group", "rank", "votes", "note", "author", "outcomes"] as const;

/** UTF-8 with a BOM (so spreadsheets read accents right), CRLF, one row per note; `votes` empty while hidden. */
export function summaryCsv(f: Fmt, s: SessionSummary): string {
  const { t } = f;
  const rows: (string | number)[][] = [[...CSV_HEADER]];
  const outcomesOf = (g: RankedGroup) => g.outcomes.map((o) => outcomeLine(f, o)).join(" | ");
  for (const c of s.columns)
    for (const g of c.groups)
      for (const n of g.notes)
        rows.push([
          c.title,
          groupName(t, g),
          g.rank,
          g.total ?? "",
          n.text,
          n.author?.name ?? "",
          outcomesOf(g),
        ]);
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

// ---- PDF ----

/** The summary as PDF blocks: H1 title, H2 per column, H3 per group, notes as lists. */
export function summaryBlocks(f: Fmt, s: SessionSummary, url: string): PdfBlock[] {
  const { t } = f;
  const blocks: PdfBlock[] = [{ kind: "h1", text: s.session.title }];
  const status = statusLine(f, s);
  if (status) blocks.push({ kind: "p", text: status, align: "left" });
  blocks.push({
    kind: "fields",
    rows: [
      [t("boards.outcomes.fig.participants"), String(s.figures.participants)],
      [t("boards.outcomes.fig.contributors"), String(s.figures.contributors)],
      [t("boards.outcomes.fig.notes"), String(s.figures.notes)],
      [t("boards.outcomes.fig.groups"), String(s.figures.groups)],
      [t("boards.outcomes.fig.votes"), String(s.figures.votes)],
    ],
  });
  if (s.anonymous) blocks.push({ kind: "p", text: t("boards.outcomes.anonymous"), align: "left" });
  for (const c of s.columns) {
    blocks.push({ kind: "h2", text: c.title });
    if (c.prompt) blocks.push({ kind: "p", text: c.prompt, align: "left" });
    if (!c.groups.length) blocks.push({ kind: "p", text: t("boards.outcomes.noGroups"), align: "left" });
    for (const g of c.groups) {
      blocks.push({
        kind: "h3",
        text: `${g.rank}. ${groupName(t, g)} — ${groupVotes(t, g)}`,
      });
      blocks.push({
        kind: "list",
        items: g.notes.map((n) => (n.author ? `${n.text} — ${n.author.name}` : n.text)),
      });
      for (const o of g.outcomes) blocks.push({ kind: "p", text: outcomeLine(f, o), align: "left" });
    }
  }
  blocks.push({ kind: "h2", text: t("boards.outcomes.general") });
  if (s.general.length) blocks.push({ kind: "list", items: s.general.map((o) => outcomeLine(f, o)) });
  else blocks.push({ kind: "p", text: t("boards.outcomes.generalNone"), align: "left" });
  blocks.push({ kind: "link", text: url, url });
  return blocks;
}

/** The PDF's description (rendered by summary-pdf.ts in a worker, once per content). */
export function summaryPdfDoc(f: Fmt, s: SessionSummary, url: string): TaggedPdf {
  const { t, lang } = f;
  return {
    title: t("boards.outcomes.title", { title: s.session.title }),
    lang: lang === "en" ? "en-GB" : "it-IT",
    subject: figuresLine(t, s),
    blocks: summaryBlocks(f, s, url),
  };
}
