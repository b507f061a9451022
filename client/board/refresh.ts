// Redraws the board's content (#board-content) from the server's markup for this page — the same
// view, the same visibility rules — in place: focus, selection, what is being typed and the open
// <details> stay as they were (keep.ts). No page load: the address, scroll position and the
// connection stay. Used when what changed is outside the columns (the phase, the lock, the timer,
// the outcomes); the columns themselves are kept current in the browser (island.tsx).
import { keep } from "./keep.ts";

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
  const restore = keep(content);
  content.replaceWith(fresh);
  restore();
  after();
  return true;
}
