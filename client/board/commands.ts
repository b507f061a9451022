// Board commands without a page load. A submitted command form (POST /boards/:id/commands, the
// no-JavaScript path) is sent over /live instead while the connection is up: the page stays, focus
// stays where the person was (a note's field is empty and ready again), and a refusal appears on
// the form and is announced. Closing still posts its form: it asks for confirmation on a page of
// its own. Not connected: the form posts as it always does.
import type { Answer, Live } from "./connection.ts";
import type { Translate } from "./i18n.ts";
import type { CommandInput } from "./protocol.ts";

/** The form's fields as /live's command (the server parses it as it parses a form's: commands.ts). */
export function commandOf(form: HTMLFormElement, submitter: HTMLElement | null): CommandInput | null {
  const fields: Record<string, string> = {};
  for (const [k, v] of new FormData(form, submitter)) if (typeof v === "string") fields[k] = v;
  const { _csrf, form: _id, confirm: _confirm, command, minutes, ...rest } = fields;
  if (!command) return null;
  // Closing without its confirmation asks first (the close page); the dialog's form is confirmed.
  const closing = command === "end" || (command === "phase.set" && rest.phase === "closed");
  if (closing && fields.confirm !== "yes") return null;
  const input: CommandInput = { ...rest, type: command };
  // Forms speak in minutes, the protocol in seconds.
  if (minutes !== undefined && rest.seconds === undefined) {
    const m = Number(minutes.replace(",", "."));
    input.seconds = Number.isFinite(m) ? Math.round(m * 60) : minutes;
  }
  return input;
}

const fieldOf = (form: HTMLFormElement) =>
  form.querySelector<HTMLTextAreaElement | HTMLInputElement | HTMLSelectElement>(
    "textarea, input:not([type=hidden]), select",
  );

/** Shows the refusal on the form, where the server would (views/board-ui.tsx FieldError). */
function showError(form: HTMLFormElement, text: string) {
  const id = `${form.id}-error`;
  let box = document.getElementById(id);
  if (!box) {
    box = document.createElement("div");
    box.id = id;
    box.className = "invalid-feedback d-block";
    const field = fieldOf(form);
    (field?.closest(".form-group") ?? form).append(box);
  }
  box.textContent = text;
  const field = fieldOf(form);
  if (field) {
    field.classList.add("is-invalid");
    field.setAttribute("aria-invalid", "true");
    const ids = new Set((field.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean));
    ids.add(id);
    field.setAttribute("aria-describedby", [...ids].join(" "));
  }
}

function clearError(form: HTMLFormElement) {
  document.getElementById(`${form.id}-error`)?.remove();
  const field = fieldOf(form);
  if (!field) return;
  field.classList.remove("is-invalid");
  field.removeAttribute("aria-invalid");
  const ids = (field.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .filter((x) => x && x !== `${form.id}-error`);
  if (ids.length) field.setAttribute("aria-describedby", ids.join(" "));
  else field.removeAttribute("aria-describedby");
}

export function sendFormsLive(opts: {
  session: string;
  live: Live;
  t: Translate;
  lang: string;
  announce(text: string): void;
  /** A command is sent / its answer came (either way). */
  sending(): void;
  answered(): void;
  /** A command was stored, its events up to `seq` included. */
  done(seq: number): void;
}): void {
  const { live, t, lang, announce } = opts;
  const action = `/boards/${opts.session}/commands`;
  document.addEventListener("submit", (e) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement) || form.method !== "post") return;
    if (new URL(form.action, location.href).pathname !== action) return;
    if (form.dataset.sending === "yes") return e.preventDefault(); // a double press: once is enough
    const input = commandOf(form, e.submitter);
    const answer = input ? live.command(input, lang) : undefined;
    if (!answer) return; // closing, or not connected: the form posts
    e.preventDefault();
    opts.sending();
    form.dataset.sending = "yes";
    form.setAttribute("aria-busy", "true");
    const textId = form.querySelector<HTMLTextAreaElement>("textarea[name=text]")?.id;
    void answer.then((a) => {
      opts.answered();
      delete form.dataset.sending;
      form.removeAttribute("aria-busy");
      // Its column may have been drawn again meanwhile (island.tsx): the form now on the page.
      const now = document.getElementById(form.id);
      if (now instanceof HTMLFormElement && now !== form) return answered(now, a, textId);
      answered(form, a, textId);
    });
  });
  function answered(form: HTMLFormElement, a: Answer, textId: string | undefined) {
    if (a.ok) {
      clearError(form);
      // The closing dialog has done its work; the redrawn board says the session is closed.
      form.closest("dialog")?.close();
      opts.done(a.seq);
      // A new note's field is empty and ready for the next one.
      const text = textId ? (document.getElementById(textId) as HTMLTextAreaElement | null) : null;
      const command = form.querySelector("input[name=command]")?.getAttribute("value");
      if (command === "note.add" && text) {
        text.value = "";
        text.defaultValue = "";
        if (document.activeElement === document.body || form.contains(document.activeElement)) text.focus();
      }
      return;
    }
    const message = a.reason === "disconnected" ? t("boards.live.notSent") : a.message;
    showError(form, message);
    const root = document.getElementById("board");
    if (root) root.dataset.refused = String(Number(root.dataset.refused || 0) + 1);
    announce(message);
  }

  // In a note's field, Enter adds the note and Shift+Enter starts a new line (the field's hint says
  // so while the connection is up; without it the field behaves as any text area).
  document.addEventListener("keydown", (e) => {
    const field = e.target;
    if (!(field instanceof HTMLTextAreaElement) || field.name !== "text") return;
    if (e.key !== "Enter" || e.shiftKey || e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
    const form = field.form;
    if (form?.querySelector("input[name=command]")?.getAttribute("value") !== "note.add") return;
    if (document.getElementById("board")?.dataset.connected !== "yes") return;
    e.preventDefault();
    if (field.value.trim()) form.requestSubmit();
  });

  // A group's name on the board (views/shared/columns.tsx NameForm): Enter submits it as any form;
  // leaving the field with a changed name saves it too, as in other boards; Escape puts the saved
  // name back. Without the connection the field's own button posts the form.
  const nameField = (el: EventTarget | null) =>
    el instanceof HTMLInputElement && el.dataset.saveOnChange === "yes" && el.form
      ? { field: el, form: el.form }
      : null;
  document.addEventListener("change", (e) => {
    const named = nameField(e.target);
    if (!named || document.getElementById("board")?.dataset.connected !== "yes") return;
    // `data-saved`: the name as last drawn from the server (the field's value is the person's).
    if (named.field.value.trim() !== (named.field.dataset.saved ?? "").trim()) named.form.requestSubmit();
  });
  document.addEventListener("keydown", (e) => {
    const named = nameField(e.target);
    if (!named || e.key !== "Escape") return;
    named.field.value = named.field.dataset.saved ?? "";
  });
}

/** Shows the hints that are true only with the connection up, and names them on their fields. */
export function showLiveHints(on: boolean): void {
  for (const hint of document.querySelectorAll<HTMLElement>("[data-live-hint]")) {
    hint.hidden = !on;
    const field = hint.closest(".form-group")?.querySelector("textarea, input:not([type=hidden])");
    if (!field) continue;
    const ids = new Set((field.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean));
    if (on) ids.add(hint.id);
    else ids.delete(hint.id);
    field.setAttribute("aria-describedby", [...ids].join(" "));
  }
}
