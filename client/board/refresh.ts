// Redraws the board's content (#board-content) from the server's markup for this page — the same
// view, the same visibility rules — in place: focus, selection, what is being typed and the open
// <details> stay as they were. No page load: the address, scroll position and the connection stay.

/** Fetches the page again and swaps its #board-content in; false when it could not. */
export async function refresh(after: () => void): Promise<boolean> {
  let content = document.getElementById("board-content");
  if (!content) return false;
  // Not under an open dialog (closing the session): the person is answering it. Redrawn after.
  const dialog = content.querySelector("dialog[open]");
  if (dialog) await new Promise((done) => dialog.addEventListener("close", done, { once: true }));
  content = document.getElementById("board-content");
  if (!content) return false;
  let html: string;
  try {
    const res = await fetch(location.pathname + location.search, {
      credentials: "same-origin",
      headers: { accept: "text/html" },
    });
    if (!res.ok) return false;
    html = await res.text();
  } catch {
    return false;
  }
  const fresh = new DOMParser().parseFromString(html, "text/html").getElementById("board-content");
  if (!fresh) return false;
  const active = document.activeElement as HTMLElement | null;
  const where = active && content.contains(active) ? placeOf(active) : null;
  const selection =
    active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement
      ? [active.selectionStart, active.selectionEnd]
      : null;
  const typed = new Map<string, string>();
  for (const field of content.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(
    "textarea[id], input[id]:not([type=hidden])",
  )) {
    if (field.value !== field.defaultValue) typed.set(field.id, field.value);
  }
  const open = new Set(
    [...content.querySelectorAll("details[open]")].map((d) => d.querySelector("form")?.id),
  );
  content.replaceWith(fresh);
  for (const [id, value] of typed) {
    const field = document.getElementById(id) as HTMLTextAreaElement | HTMLInputElement | null;
    if (field) field.value = value;
  }
  for (const d of fresh.querySelectorAll("details")) {
    if (open.has(d.querySelector("form")?.id)) d.open = true;
  }
  if (where) {
    // The control itself when it is still there; otherwise the heading of its part of the page, or
    // the page's own: focus never falls back to the top of the document unannounced.
    const again = find(where) ?? headingFor(where.section) ?? headingFor(null);
    if (again) {
      again.focus({ preventScroll: true });
      if (selection && (again instanceof HTMLTextAreaElement || again instanceof HTMLInputElement)) {
        try {
          again.setSelectionRange(selection[0] ?? null, selection[1] ?? null);
        } catch {}
      }
    }
  }
  after();
  return true;
}

/** Where a focused control is, so the same control can be found in the new markup. */
type Place = ({ id: string } | { form: string; index: number } | { none: true }) & { section: string | null };

function placeOf(el: HTMLElement): Place {
  const section = el.closest("section[aria-labelledby]")?.getAttribute("aria-labelledby") ?? null;
  if (el.id) return { id: el.id, section };
  // A form's button has no id of its own: its form's id and its place among the form's controls.
  const form = (el as HTMLButtonElement).form;
  const index = form?.id ? [...form.elements].indexOf(el as Element) : -1;
  return form?.id && index >= 0 ? { form: form.id, index, section } : { none: true, section };
}

/** The heading with this id, or the page's first heading; made focusable from script only. */
function headingFor(id: string | null): HTMLElement | null {
  const h = id ? document.getElementById(id) : document.querySelector<HTMLElement>("main h1");
  if (h && !h.hasAttribute("tabindex")) h.setAttribute("tabindex", "-1");
  return h;
}

function find(p: Place): HTMLElement | null {
  if ("none" in p) return null;
  if ("id" in p) return document.getElementById(p.id);
  const form = document.getElementById(p.form);
  return form instanceof HTMLFormElement
    ? ((form.elements[p.index] as HTMLElement | undefined) ?? null)
    : null;
}
