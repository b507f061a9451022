// "Your notes" on a phone (board.css shows it below 576 px, in the board view, while collecting):
// after writing a note in the room a person sees it confirmed right under "your note", with its
// column and a link to the card (where it can be changed or deleted), without scrolling the board.
// Rendered by the server in the page and again by the board's script when the notes change.
import type { BoardView, Translate } from "./types.ts";

type Mine = { id: string; text: string; column: string };

/** The viewer's own notes, column by column, in the order the board shows them. */
export function myNotes(view: Pick<BoardView, "columns">): Mine[] {
  const out: Mine[] = [];
  for (const col of view.columns)
    for (const g of col.groups)
      for (const n of g.notes) if (n.mine) out.push({ id: n.id, text: n.text, column: col.title });
  return out;
}

export function MyNotes({ t, notes }: { t: Translate; notes: Mine[] }) {
  return (
    <section class="board-mine" aria-labelledby="my-notes-heading">
      <h2 id="my-notes-heading" class="h6">
        {t("boards.phone.mine", { n: notes.length })}
      </h2>
      {notes.length ? (
        <ol class="mb-0">
          {notes.map((n) => (
            <li>
              <a href={`#note-${n.id}`}>{n.text}</a> <span class="small text-muted">· {n.column}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p class="mb-0">{t("boards.phone.mineNone")}</p>
      )}
    </section>
  );
}
