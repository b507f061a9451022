// What a person is doing on the page, kept across a redraw of part of it (a column rendered by the
// island, or the board's content swapped in from the server): the focused control and its
// selection, what is typed and not sent, and the <details> left open. A control that is gone gives
// its focus to the heading of its part of the page, never to the top of the document unannounced.

/** Notes what `container` holds now; the returned function puts it back after a redraw. */
export function keep(container: Element, opts: { fields: boolean } = { fields: true }): () => void {
  const active = document.activeElement as HTMLElement | null;
  const where = active && container.contains(active) ? placeOf(active) : null;
  const selection =
    active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement
      ? [active.selectionStart, active.selectionEnd]
      : null;
  const typed = new Map<string, string>();
  const open = new Set<string | undefined>();
  if (opts.fields) {
    for (const field of container.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(
      "textarea[id], input[id]:not([type=hidden])",
    )) {
      if (field.value !== field.defaultValue) typed.set(field.id, field.value);
    }
    for (const d of container.querySelectorAll("details[open]")) open.add(d.querySelector("form")?.id);
  }
  return () => {
    for (const [id, value] of typed) {
      const field = document.getElementById(id) as HTMLTextAreaElement | HTMLInputElement | null;
      if (field) field.value = value;
    }
    if (open.size) {
      for (const d of document.querySelectorAll("details")) {
        const id = d.querySelector("form")?.id;
        if (id && open.has(id)) d.open = true;
      }
    }
    if (!where || (active && document.activeElement === active && active.isConnected)) return;
    const again = find(where) ?? headingFor(where.section) ?? headingFor(null);
    if (!again) return;
    again.focus({ preventScroll: true });
    if (selection && (again instanceof HTMLTextAreaElement || again instanceof HTMLInputElement)) {
      try {
        again.setSelectionRange(selection[0] ?? null, selection[1] ?? null);
      } catch {}
    }
  };
}

/** Where a focused control is, so the same control can be found in the new markup. */
type Place = ({ id: string } | { form: string; index: number } | { none: true }) & { section: string | null };

function placeOf(el: HTMLElement): Place {
  const section = el.closest("section[aria-labelledby]")?.getAttribute("aria-labelledby") ?? null;
  if (el.id) return { id: el.id, section };
  // A form's button has no id of its own: its form's id and its place among the form's controls.
  const form = (el as HTMLButtonElement).form;
  const index = form?.id ? [...form.elements].indexOf(el as Element) : -1;
  if (form?.id && index >= 0) return { form: form.id, index, section };
  // A menu's <summary>: found again by the form inside its <details>.
  const details = el.tagName === "SUMMARY" ? el.parentElement?.querySelector("form") : null;
  return details?.id ? { form: details.id, index: -1, section } : { none: true, section };
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
  if (!(form instanceof HTMLFormElement)) return null;
  if (p.index === -1) return form.closest("details")?.querySelector("summary") ?? null;
  return (form.elements[p.index] as HTMLElement | undefined) ?? null;
}
