// The board view on a phone (board.css shows these below 576 px only): the person who scanned the
// QR code in the room first finds "your note" — which column, the text, add — then the notes they
// wrote, and then the board, one column at a time, with a switcher naming the columns. Links and a form: no script needed.
import type { BoardUi } from "./board-ui.tsx";
import { formKit } from "./board-ui.tsx";
import { MyNotes, myNotes } from "./shared/my-notes.tsx";

export function PhoneCompose({ ui }: { ui: BoardUi }) {
  const { t, view, staff } = ui;
  if (view.phase !== "collect" || !view.me || (view.locked && !staff) || !view.columns.length) return null;
  const { Cmd, Button } = formKit(ui);
  const single = view.columns.length === 1 ? view.columns[0] : undefined;
  return (
    <section class="board-compose" aria-labelledby="compose-heading">
      <h2 id="compose-heading" class="h5">
        {t("boards.phone.compose")}
      </h2>
      <Cmd command="note.add" id="compose-form" hidden={single ? { columnId: single.id } : {}}>
        {single ? null : (
          <div class="form-group mb-2">
            <label for="compose-column" class="active">
              {t("boards.phone.column")}
            </label>
            <select id="compose-column" name="columnId" class="form-select">
              {view.columns.map((c) => (
                <option value={c.id}>{c.title}</option>
              ))}
            </select>
          </div>
        )}
        <div class="form-group mb-2">
          <label for="compose-text" class="active">
            {single ? t("boards.column.addNote", { column: single.title }) : t("boards.phone.text")}
          </label>
          <textarea
            id="compose-text"
            name="text"
            rows={3}
            class="form-control"
            maxlength={view.settings.maxNoteLength}
            aria-describedby="compose-hint"
          />
          <small id="compose-hint" class="form-text">
            {t("boards.column.maxLength", { n: view.settings.maxNoteLength })}
          </small>
          <small id="compose-keys" class="form-text d-block" hidden data-live-hint>
            {t("boards.column.enterHint")}
          </small>
        </div>
        <Button label={t("boards.column.add")} kind="primary" />
      </Cmd>
    </section>
  );
}

/** Then the person's own notes (the board's script redraws the box's content as they change). */
export function PhoneMine({ ui }: { ui: BoardUi }) {
  const { t, view } = ui;
  if (view.phase !== "collect" || !view.me) return null;
  return (
    <div id="my-notes-box" class="board-mine-box">
      <MyNotes t={t} notes={myNotes(view)} />
    </div>
  );
}

/** Links to each column: on a phone the columns are side by side, one per screen. */
export function ColumnSwitcher({ ui }: { ui: BoardUi }) {
  const { t, view } = ui;
  return (
    <nav class="board-switcher" aria-label={t("boards.phone.columns")}>
      <ul>
        {view.columns.map((c) => (
          <li>
            <a href={`#column-${c.id}`}>{c.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
