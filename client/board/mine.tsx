// "Your notes" on a phone (views/shared/my-notes.tsx), drawn again when the person's notes change:
// a note they add, edit or delete shows in the list under "your note" as soon as the server has it.
import { render } from "hono/jsx/dom";
import { MyNotes, myNotes } from "../../src/modules/boards/views/shared/my-notes.tsx";
import type { BoardView, Translate } from "../../src/modules/boards/views/shared/types.ts";

export function drawMine(view: BoardView, t: Translate): void {
  const box = document.getElementById("my-notes-box");
  if (!box) return;
  const notes = myNotes(view);
  // The list as text: drawn again only when it differs (the server's markup carries no key, so the
  // first event after a page redraw draws it once).
  const key = notes.map((n) => `${n.id}\u0001${n.text}\u0001${n.column}`).join("\u0002");
  if (box.dataset.key === key) return;
  box.dataset.key = key;
  const fresh = document.createElement("div");
  render(<MyNotes t={t} notes={notes} />, fresh);
  box.replaceChildren(...fresh.childNodes);
}
