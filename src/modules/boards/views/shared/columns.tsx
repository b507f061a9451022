// The board's columns, rendered by the server (views/board-page.tsx) and, with the same components,
// by the board's script in the browser (client/board/island.tsx, hono/jsx/dom), which re-renders
// only the column an event changed. Each column: its "add a note" form while collecting, then its
// notes (a flat list while collecting, in groups afterwards), with the commands each person may use
// on each group and note in the current phase. The list view (the screen-reader-first, no-JavaScript
// board) shows every control as a form; the board view (`visual`) lays the same out as cards, moves
// notes by dragging or through a "Move…" menu, and votes with dots and +/−.
import { memo } from "hono/jsx";
import { LIMITS } from "../../rules.model.ts";
import { GroupHead, GroupTools } from "./group-tools.tsx";
import { type ColumnsUi, canAct, described, formKit, kept } from "./kit.tsx";
import { groupName, groupsShown, type ViewColumn, type ViewGroup, type ViewNote } from "./types.ts";

export function BoardColumns({ ui, columns }: { ui: ColumnsUi; columns: ViewColumn[] }) {
  return (
    <div class="board-columns">
      {columns.map((col) => (
        <section
          aria-labelledby={`col-${col.id}`}
          class="mb-5 board-column"
          id={`column-${col.id}`}
          data-column-id={col.id}
        >
          <Column ui={ui} col={col} />
        </section>
      ))}
    </div>
  );
}

/** One column's content (inside its <section>, which the browser's script renders into). */
export const Column = memo(function Column({ ui, col }: { ui: ColumnsUi; col: ViewColumn }) {
  const { t, view } = ui;
  const groups = groupsShown(view.phase, col.groups);
  // Where a note may be moved: the column's groups, in one array every note of the column shares.
  const targets = view.phase === "group" ? groups : NONE;
  return (
    <>
      <h2 id={`col-${col.id}`} class="h3">
        {col.title}
      </h2>
      {col.prompt ? <p class="lead">{col.prompt}</p> : null}
      {view.phase === "collect" && view.me && (!view.locked || ui.staff) ? (
        <AddNote ui={ui} col={col} />
      ) : null}
      {col.groups.length === 0 ? <p id={`empty-${col.id}`}>{t("boards.column.noNotes")}</p> : null}
      {ui.visual && view.phase === "group" && canAct(ui) ? (
        <p class="small text-muted board-drag-hint">{t("boards.drag.hint")}</p>
      ) : null}
      {view.phase === "collect" ? (
        <ul class="board-notes" data-column={col.id}>
          {col.groups.flatMap((g) =>
            g.notes.map((n) => <NoteItem key={n.id} ui={ui} note={n} groups={NONE} />),
          )}
        </ul>
      ) : (
        <div class="board-groups">
          {groups.map((g) => (
            <GroupBlock key={g.id} ui={ui} group={g} groups={targets} />
          ))}
        </div>
      )}
    </>
  );
});

const NONE: ViewGroup[] = [];

function AddNote({ ui, col }: { ui: ColumnsUi; col: ViewColumn }) {
  const { t, view } = ui;
  const { Cmd, Button, FieldError } = formKit(ui);
  const formId = `add-${col.id}`;
  return (
    <Cmd command="note.add" id={formId} hidden={{ columnId: col.id }}>
      <div class="form-group mb-2">
        <label for={`add-text-${col.id}`} class="active">
          {t("boards.column.addNote", { column: col.title })}
        </label>
        <textarea
          id={`add-text-${col.id}`}
          name="text"
          rows={2}
          class={`form-control${ui.error?.formId === formId ? " is-invalid" : ""}`}
          maxlength={view.settings.maxNoteLength}
          aria-describedby={[`add-hint-${col.id}`, described(ui, formId)].filter(Boolean).join(" ")}
          aria-invalid={ui.error?.formId === formId ? "true" : undefined}
        >
          {kept(ui, formId, "text")}
        </textarea>
        <small id={`add-hint-${col.id}`} class="form-text">
          {t("boards.column.maxLength", { n: view.settings.maxNoteLength })}
        </small>
        {/* True only where the board's script sends notes over /live: it shows this then. */}
        <small id={`add-keys-${col.id}`} class="form-text d-block" hidden data-live-hint>
          {t("boards.column.enterHint")}
        </small>
        <FieldError formId={formId} />
      </div>
      <Button label={t("boards.column.add")} kind="primary" />
    </Cmd>
  );
}

export const GroupBlock = memo(function GroupBlock({
  ui,
  group: g,
  groups,
}: {
  ui: ColumnsUi;
  group: ViewGroup;
  groups: ViewGroup[];
}) {
  const { t, view, staff, visual } = ui;
  const { Cmd, Button } = formKit(ui);
  const label = groupName(t, g);
  const focused = view.focusGroupId === g.id;
  const acting = canAct(ui);
  // In the board view a note alone is a card, not a group: no name to give, nothing to merge (it
  // is moved instead); a group of several has its name and merge in a menu of its own.
  const single = visual && g.notes.length === 1 && !g.name;
  const naming = visual && acting && view.phase === "group" && !single;
  return (
    <section
      aria-labelledby={`group-${g.id}`}
      class={`mb-4 ps-3 border-start board-group${focused ? " border-primary border-3 board-focused" : ""}${single ? " board-single" : ""}`}
      data-group-id={g.id}
    >
      {/* Named inline on the board while grouping: the heading stays for screen readers. */}
      <h3 id={`group-${g.id}`} class={`h5${single || naming ? " visually-hidden" : ""}`}>
        {label}
        {focused ? <span class="badge bg-primary ms-2">{t("boards.group.focused")}</span> : null}
      </h3>
      {naming ? <GroupHead ui={ui} group={g} label={label} /> : null}
      {single && view.phase === "group" ? null : (
        <p class="small mb-1">
          {t("boards.group.notes", { n: g.notes.length })}
          {view.phase !== "group" ? (
            <>
              {" · "}
              <span id={`total-${g.id}`}>
                {g.total === undefined
                  ? t("boards.group.votesHidden")
                  : t("boards.group.votes", { n: g.total })}
              </span>
              {g.mine ? ` · ${t("boards.group.myVotes", { n: g.mine })}` : ""}
            </>
          ) : null}
        </p>
      )}
      <ul class="board-notes">
        {g.notes.map((n) => (
          <NoteItem key={n.id} ui={ui} note={n} groups={groups} />
        ))}
      </ul>
      {acting && view.phase === "group" && !single ? (
        <GroupTools ui={ui} group={g} label={label} others={groups.filter((x) => x.id !== g.id)} />
      ) : null}
      {acting && view.phase === "vote" ? (
        visual ? (
          <Dots ui={ui} group={g} label={label} />
        ) : (
          <>
            <Cmd command="vote" id={`vote-${g.id}`} hidden={{ groupId: g.id }} inline>
              <Button label={t("boards.group.vote", { name: label })} kind="primary" />
            </Cmd>
            {g.mine ? (
              <Cmd command="unvote" id={`unvote-${g.id}`} hidden={{ groupId: g.id }} inline>
                <Button label={t("boards.group.unvote", { name: label })} />
              </Cmd>
            ) : null}
          </>
        )
      ) : null}
      {staff && view.phase === "discuss" ? (
        <Cmd command="group.focus" id={`focus-${g.id}`} hidden={{ groupId: focused ? "" : g.id }} inline>
          <Button label={focused ? t("boards.group.unfocus") : t("boards.group.focus", { name: label })} />
        </Cmd>
      ) : null}
    </section>
  );
});

/** Votes as dots on a group, with − and +: one's own dots filled, the room's total beside them. */
function Dots({ ui, group: g, label }: { ui: ColumnsUi; group: ViewGroup; label: string }) {
  const { t, view } = ui;
  const { Cmd, Button } = formKit(ui);
  const left = view.me?.votesLeft ?? 0;
  return (
    <div class="board-dots">
      <Cmd command="unvote" id={`unvote-${g.id}`} hidden={{ groupId: g.id }} class="d-inline-block">
        <Button label={t("boards.group.unvote", { name: label })} text="−" class="board-dot-btn" />
      </Cmd>
      <span class="board-dot-row" aria-hidden="true">
        {Array.from({ length: g.mine }, () => (
          <span class="board-dot" />
        ))}
      </span>
      <span class="visually-hidden">{t("boards.group.myVotes", { n: g.mine })}</span>
      <Cmd command="vote" id={`vote-${g.id}`} hidden={{ groupId: g.id }} class="d-inline-block">
        <Button
          label={t("boards.group.vote", { name: label })}
          text="+"
          kind={left > 0 ? "primary" : "outline-primary"}
          class="board-dot-btn"
        />
      </Cmd>
    </div>
  );
}

export const NoteItem = memo(function NoteItem({
  ui,
  note: n,
  groups,
}: {
  ui: ColumnsUi;
  note: ViewNote;
  groups: ViewGroup[];
}) {
  const { t, view, staff, open, visual } = ui;
  const { Cmd, Button, FieldError } = formKit(ui);
  const acting = canAct(ui);
  const editId = `edit-form-${n.id}`;
  return (
    <li
      id={`note-${n.id}`}
      class="mb-2"
      data-note-id={n.id}
      draggable={visual && acting && view.phase === "group" ? "true" : undefined}
    >
      <p class="mb-0 text-pre-line">{n.text}</p>
      <p class="small text-muted mb-1">
        {[n.author ? t("boards.note.by", { name: n.author.name }) : "", n.mine ? t("boards.note.mine") : ""]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {acting && n.mine && view.phase === "collect" ? (
        <>
          <details open={ui.error?.formId === editId}>
            <summary>{t("boards.note.edit")}</summary>
            <Cmd command="note.edit" id={editId} hidden={{ noteId: n.id }}>
              <label for={`edit-${n.id}`} class="active">
                {t("boards.note.editLabel")}
              </label>
              <textarea
                id={`edit-${n.id}`}
                name="text"
                rows={2}
                class="form-control mb-2"
                maxlength={view.settings.maxNoteLength}
                aria-describedby={described(ui, editId)}
              >
                {kept(ui, editId, "text", n.text)}
              </textarea>
              <FieldError formId={editId} />
              <Button label={t("boards.note.save")} />
            </Cmd>
          </details>
          <Cmd command="note.delete" id={`delete-${n.id}`} hidden={{ noteId: n.id }} inline>
            <Button label={t("boards.note.delete")} kind="outline-danger" />
          </Cmd>
        </>
      ) : null}
      {acting && view.phase === "group" ? <MoveNote ui={ui} note={n} groups={groups} /> : null}
      {staff && open ? (
        <details open={ui.error?.formId === `remove-form-${n.id}`}>
          <summary>{t("boards.note.remove")}</summary>
          <Cmd command="note.remove" id={`remove-form-${n.id}`} hidden={{ noteId: n.id }}>
            <label for={`reason-${n.id}`} class="active">
              {t("boards.note.reason")}
            </label>
            <input
              id={`reason-${n.id}`}
              name="reason"
              class="form-control mb-2"
              maxlength={LIMITS.reason}
              value={kept(ui, `remove-form-${n.id}`, "reason")}
              aria-describedby={described(ui, `remove-form-${n.id}`)}
            />
            <FieldError formId={`remove-form-${n.id}`} />
            <Button label={t("boards.note.doRemove")} kind="outline-danger" />
          </Cmd>
        </details>
      ) : null}
    </li>
  );
});

/**
 * "Move to…": the keyboard and single-pointer way to do what dragging does (WCAG 2.5.7), and the
 * form the drag itself submits (client/board/drag.ts). A menu on the board, a form in the list.
 */
function MoveNote({ ui, note: n, groups }: { ui: ColumnsUi; note: ViewNote; groups: ViewGroup[] }) {
  const { t } = ui;
  const { Cmd, Button } = formKit(ui);
  const form = (
    <Cmd command="note.move" id={`move-form-${n.id}`} hidden={{ noteId: n.id }} inline>
      <label for={`move-${n.id}`} class="me-1">
        {t("boards.note.moveTo")}
      </label>
      <select id={`move-${n.id}`} name="groupId" class="d-inline-block w-auto me-1">
        {groups
          .filter((g) => g.id !== n.groupId)
          .map((g) => (
            <option value={g.id}>{groupName(t, g)}</option>
          ))}
        <option value="new">{t("boards.note.newGroup")}</option>
      </select>
      <Button label={t("boards.note.move")} />
    </Cmd>
  );
  if (!ui.visual) return form;
  return (
    <details class="board-menu" open={ui.error?.formId === `move-form-${n.id}`}>
      <summary class="btn btn-sm btn-outline-primary">{t("boards.note.moveMenu")}</summary>
      <div class="board-menu-body">{form}</div>
    </details>
  );
}
