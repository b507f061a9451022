// What every part of the board's columns shares, on the server's page and in the browser
// (client/board renders the same components with hono/jsx/dom): the state the parts need (ColumnsUi),
// one command as a plain form posted to /boards/:id/commands — the no-JavaScript path, which the
// board's script sends over /live instead — and a refusal shown on the form it came from, with what
// was typed kept. Takes the translator and data as props: no request context, nothing async.
import type { Child, FC } from "hono/jsx";
import type { BoardView, Translate } from "./types.ts";

/** A form error shown again on the page it came from, with what was typed kept. */
export type CommandError = { key: string; formId: string; values: Record<string, string> };

/** The page's state as the columns, groups and notes need it. */
export type ColumnsUi = {
  t: Translate;
  view: Pick<BoardView, "phase" | "settings" | "locked" | "focusGroupId" | "me">;
  csrf: string;
  /** Where every command form posts. */
  action: string;
  /** The viewer facilitates (facilitator or co-facilitator). */
  staff: boolean;
  /** The session is not closed. */
  open: boolean;
  /** The board view: the same markup laid out as columns of cards, with dragging. */
  visual: boolean;
  error?: CommandError | undefined;
};

/** The value typed into a field of the form that was refused (or the fallback). */
export const kept = (ui: Pick<ColumnsUi, "error">, formId: string, name: string, fallback = "") =>
  ui.error?.formId === formId ? (ui.error.values[name] ?? fallback) : fallback;

/** The id of the refusal's message, for aria-describedby on the form that was refused. */
export const described = (ui: Pick<ColumnsUi, "error">, formId: string) =>
  ui.error?.formId === formId ? `${formId}-error` : undefined;

/** The person may act on the board now (joined, and not locked out). */
export const canAct = (ui: ColumnsUi) => !!ui.view.me && (!ui.view.locked || ui.staff) && ui.open;

type CmdProps = {
  command: string;
  id: string;
  hidden?: Record<string, string>;
  children: Child;
  inline?: boolean;
  class?: string;
};

/** The form components of one render, bound to its CSRF token, action and refusal. */
export function formKit(ui: Pick<ColumnsUi, "t" | "csrf" | "action" | "error">) {
  const { t } = ui;
  /** One command as a form: hidden fields, then the visible controls. */
  const Cmd: FC<CmdProps> = (f) => (
    <form
      method="post"
      action={ui.action}
      id={f.id}
      class={f.class ?? (f.inline ? "d-inline-block me-2 mb-2" : "mb-3")}
    >
      <input type="hidden" name="_csrf" value={ui.csrf} />
      <input type="hidden" name="command" value={f.command} />
      <input type="hidden" name="form" value={f.id} />
      {Object.entries(f.hidden ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      {f.children}
    </form>
  );
  const Button: FC<{ label: string; kind?: string; text?: Child; class?: string }> = (b) => (
    <button
      type="submit"
      class={`btn btn-sm btn-${b.kind ?? "outline-primary"}${b.class ? ` ${b.class}` : ""}`}
      aria-label={b.text === undefined ? undefined : b.label}
    >
      {b.text ?? b.label}
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
