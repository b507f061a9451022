// The session's summary (groups ranked by votes with their notes, outcomes and actions,
// participation figures) and its exports to Markdown and CSV. Built from what the viewer may see
// (view.ts), so an export never shows more than the page. Pure.
import type { T } from "../../platform/i18n/index.ts";
import type { BoardView, ViewGroup } from "./view.ts";

export type Summary = {
  figures: { participants: number; notes: number; groups: number; votes: number };
  columns: { title: string; prompt: string; groups: (ViewGroup & { rank: number })[] }[];
  outcomes: BoardView["outcomes"];
};

export function summaryOf(view: BoardView): Summary {
  let notes = 0;
  let groups = 0;
  let votes = 0;
  const columns = view.columns.map((c) => {
    const ranked = [...c.groups]
      .sort((a, b) => (b.total ?? 0) - (a.total ?? 0) || b.notes.length - a.notes.length)
      .map((g, i) => ({ ...g, rank: i + 1 }));
    for (const g of ranked) {
      notes += g.notes.length;
      groups++;
      votes += g.total ?? 0;
    }
    return { title: c.title, prompt: c.prompt, groups: ranked };
  });
  return {
    figures: { participants: view.participantCount, notes, groups, votes },
    columns,
    outcomes: view.outcomes,
  };
}

const groupTitle = (t: T, g: ViewGroup) => g.name || t("boards.group.unnamed");

/** Markdown: a heading per column, groups ranked by votes, notes as bullets; outcomes and actions. */
export function toMarkdown(t: T, title: string, view: BoardView): string {
  const s = summaryOf(view);
  const esc = (x: string) => x.replace(/([\\`*_[\]#<>|])/g, "\\$1").replace(/\n/g, " ");
  const lines = [`# ${esc(title)}`, ""];
  lines.push(`${t("boards.phase")}: ${t(`boards.phase.${view.phase}`)}`, "");
  lines.push(
    `${t("boards.summary.figures", {
      participants: s.figures.participants,
      notes: s.figures.notes,
      groups: s.figures.groups,
      votes: s.figures.votes,
    })}`,
    "",
  );
  for (const c of s.columns) {
    lines.push(`## ${esc(c.title)}`, "");
    if (c.prompt) lines.push(`_${esc(c.prompt)}_`, "");
    if (!c.groups.length) lines.push(t("boards.column.noNotes"), "");
    for (const g of c.groups) {
      const votes =
        g.total === undefined ? t("boards.group.votesHidden") : t("boards.group.votes", { n: g.total });
      lines.push(`### ${g.rank}. ${esc(groupTitle(t, g))} (${votes})`, "");
      for (const n of g.notes) {
        lines.push(`- ${esc(n.text)}${n.author ? ` — ${esc(n.author.name)}` : ""}`);
      }
      lines.push("");
    }
  }
  lines.push(`## ${t("boards.outcomes")}`, "");
  if (!s.outcomes.length) lines.push(t("boards.outcomes.none"), "");
  for (const o of s.outcomes) {
    const extra = [
      o.owner ? t("boards.outcome.ownerDue", { owner: o.owner }) : "",
      o.due ? t("boards.outcome.dueOn", { date: o.due }) : "",
    ].filter(Boolean);
    lines.push(
      `- **${t(`boards.outcome.kind.${o.kind}`)}**: ${esc(o.text)}${extra.length ? ` (${extra.join(", ")})` : ""}`,
    );
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

const csvCell = (v: string | number) => {
  const s = String(v);
  // Quote when needed; neutralise spreadsheet formulas (a cell starting with = + - @).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** CSV, one row per note: column, group, its rank and votes, the note, its author (not when anonymous). */
export function toCsv(view: BoardView): string {
  const s = summaryOf(view);
  const rows: (string | number)[][] = [["column", "group", "rank", "votes", "note", "author"]];
  for (const c of s.columns) {
    for (const g of c.groups) {
      for (const n of g.notes) {
        rows.push([c.title, g.name, g.rank, g.total ?? "", n.text, n.author?.name ?? ""]);
      }
    }
  }
  return `${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
