// What every part of the session's page shares: the page's state as the parts need it (BoardUi),
// one command as a plain form posted to /boards/:id/commands, the refusal shown on the form it came
// from with what was typed kept, and the wording of timers and group labels.
import type { Child, FC } from "hono/jsx";
import type { Lang, T } from "../../../platform/i18n/index.ts";
import { Csrf } from "../../../platform/ui/components.tsx";
import { groupName } from "../export.ts";
import type { BoardView } from "../view.ts";
import { formatDuration } from "./shared/duration.ts";

/** A form error shown again on the page it came from, with what was typed kept. */
export type CommandError = { key: string; formId: string; values: Record<string, string> };

/** The page's state as its parts (facilitator tools, columns, notes) need it. */
export type BoardUi = {
  t: T;
  lang: Lang;
  view: BoardView;
  csrf: string;
  /** Where every command form posts. */
  action: string;
  /** The viewer facilitates (facilitator or co-facilitator). */
  staff: boolean;
  /** The session is not closed. */
  open: boolean;
  /** The board view (?view=board): the same markup laid out as columns of cards. */
  visual: boolean;
  error?: CommandError | undefined;
};

export function timerText(t: T, timer: BoardView["timer"], now: number): string {
  if (timer.endsAt) {
    const left = Date.parse(timer.endsAt) - now;
    return left > 0 ? t("boards.timer.running", { time: formatDuration(t, left) }) : t("boards.timer.over");
  }
  if (timer.remainingMs !== null)
    return t("boards.timer.paused", { time: formatDuration(t, timer.remainingMs) });
  return t("boards.timer.none");
}

/**
 * A group as headings and controls name it: its name, or "Gruppo 2" (export.ts groupName, as in the
 * summary and the files) — never its first note, whose text may be long, may be anyone's, and read
 * doubly quoted inside "Vota «…»".
 */
export const groupLabel = groupName;

/** The value typed into a field of the form that was refused (or the fallback). */
export const kept = (ui: BoardUi, formId: string, name: string, fallback = "") =>
  ui.error?.formId === formId ? (ui.error.values[name] ?? fallback) : fallback;

/** The id of the refusal's message, for aria-describedby on the form that was refused. */
export const described = (ui: BoardUi, formId: string) =>
  ui.error?.formId === formId ? `${formId}-error` : undefined;

/** The form components of one page render, bound to its CSRF token, action and refusal. */
export function formKit(ui: BoardUi) {
  const { t } = ui;
  /** One command as a form: hidden fields, then the visible controls. */
  const Cmd: FC<{
    command: string;
    id: string;
    hidden?: Record<string, string>;
    children: Child;
    inline?: boolean;
  }> = (f) => (
    <form method="post" action={ui.action} id={f.id} class={f.inline ? "d-inline-block me-2 mb-2" : "mb-3"}>
      <Csrf token={ui.csrf} />
      <input type="hidden" name="command" value={f.command} />
      <input type="hidden" name="form" value={f.id} />
      {Object.entries(f.hidden ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      {f.children}
    </form>
  );
  const Button: FC<{ label: string; kind?: string }> = (b) => (
    <button type="submit" class={`btn btn-sm btn-${b.kind ?? "outline-primary"}`}>
      {b.label}
    </button>
  );
  const FieldError: FC<{ formId: string }> = ({ formId }) =>
    ui.error?.formId === formId ? (
      <div id={`${formId}-error`} class="invalid-feedback d-block">
        {t(ui.error.key)}
      </div>
    ) : null;
  return { Cmd, Button, FieldError };
}
