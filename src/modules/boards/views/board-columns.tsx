// The board's columns: the "add a note" form of each column while collecting, then its notes (as a
// flat list while collecting, in groups afterwards), with the commands each person may use on each
// group and note in the current phase. The same markup serves the list view and the board view
// (?view=board), where board.css lays the columns side by side and notes can be dragged onto groups.
import { LIMITS } from "../rules.ts";
import type { BoardView, ViewGroup } from "../view.ts";
import { type BoardUi, described, formKit, groupLabel, kept } from "./board-ui.tsx";

export function BoardColumns({ ui, columns }: { ui: BoardUi; columns: BoardView["columns"] }) {
  const { t, view, staff } = ui;
  const { Cmd, Button, FieldError } = formKit(ui);
  return (
    <div class="board-columns">
      {columns.map((col) => (
        <section aria-labelledby={`col-${col.id}`} class="mb-5 board-column" id={`column-${col.id}`}>
          <h2 id={`col-${col.id}`} class="h3">
            {col.title}
          </h2>
          {col.prompt ? <p class="lead">{col.prompt}</p> : null}
          {view.phase === "collect" && view.me && (!view.locked || staff) ? (
            <Cmd command="note.add" id={`add-${col.id}`} hidden={{ columnId: col.id }}>
              <div class="form-group mb-2">
                <label for={`add-text-${col.id}`} class="active">
                  {t("boards.column.addNote", { column: col.title })}
                </label>
                <textarea
                  id={`add-text-${col.id}`}
                  name="text"
                  rows={2}
                  class={`form-control${ui.error?.formId === `add-${col.id}` ? " is-invalid" : ""}`}
                  maxlength={view.settings.maxNoteLength}
                  aria-describedby={[`add-hint-${col.id}`, described(ui, `add-${col.id}`)]
                    .filter(Boolean)
                    .join(" ")}
                  aria-invalid={ui.error?.formId === `add-${col.id}` ? "true" : undefined}
                >
                  {kept(ui, `add-${col.id}`, "text")}
                </textarea>
                <small id={`add-hint-${col.id}`} class="form-text">
                  {t("boards.column.maxLength", { n: view.settings.maxNoteLength })}
                </small>
                {/* True only where the board's script sends notes over /live: it shows this then. */}
                <small id={`add-keys-${col.id}`} class="form-text d-block" hidden data-live-hint>
                  {t("boards.column.enterHint")}
                </small>
                <FieldError formId={`add-${col.id}`} />
              </div>
              <Button label={t("boards.column.add")} kind="primary" />
            </Cmd>
          ) : null}
          {col.groups.length === 0 ? <p id={`empty-${col.id}`}>{t("boards.column.noNotes")}</p> : null}
          {view.phase === "collect" ? (
            <>
              <ul class="board-notes" data-column={col.id}>
                {col.groups.flatMap((g) =>
                  g.notes.map((n) => <NoteItem ui={ui} note={n} groups={col.groups} />),
                )}
              </ul>
              {view.me ? <OwnNoteTemplate ui={ui} columnId={col.id} groups={col.groups} /> : null}
            </>
          ) : (
            col.groups.map((g) => <GroupBlock ui={ui} group={g} groups={col.groups} />)
          )}
        </section>
      ))}
    </div>
  );
}

function GroupBlock({ ui, group: g, groups }: { ui: BoardUi; group: ViewGroup; groups: ViewGroup[] }) {
  const { t, view, staff } = ui;
  const { Cmd, Button } = formKit(ui);
  const label = groupLabel(t, g);
  const focused = view.focusGroupId === g.id;
  const others = groups.filter((x) => x.id !== g.id);
  return (
    <section
      aria-labelledby={`group-${g.id}`}
      class={`mb-4 ps-3 border-start board-group${focused ? " border-primary border-3" : ""}`}
      data-group-id={g.id}
    >
      <h3 id={`group-${g.id}`} class="h5">
        {label}
        {focused ? <span class="badge bg-primary ms-2">{t("boards.group.focused")}</span> : null}
      </h3>
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
      <ul class="board-notes">
        {g.notes.map((n) => (
          <NoteItem ui={ui} note={n} groups={groups} />
        ))}
      </ul>
      {view.me && (!view.locked || staff) && view.phase === "group" ? (
        <>
          <Cmd command="group.name" id={`name-form-${g.id}`} hidden={{ groupId: g.id }} inline>
            <label for={`name-${g.id}`} class="visually-hidden">
              {t("boards.group.name")} ({label})
            </label>
            <input
              id={`name-${g.id}`}
              name="name"
              class="form-control form-control-sm d-inline-block w-auto me-1"
              maxlength={LIMITS.groupName}
              value={kept(ui, `name-form-${g.id}`, "name", g.name)}
              placeholder={t("boards.group.name")}
            />
            <Button label={t("boards.group.rename")} />
          </Cmd>
          {others.length ? (
            <Cmd command="group.merge" id={`merge-form-${g.id}`} hidden={{ groupId: g.id }} inline>
              <label for={`merge-${g.id}`} class="me-1">
                {t("boards.group.mergeInto")}
              </label>
              <select id={`merge-${g.id}`} name="intoGroupId" class="d-inline-block w-auto me-1">
                {others.map((o) => (
                  <option value={o.id}>{groupLabel(t, o)}</option>
                ))}
              </select>
              <Button label={t("boards.group.merge")} />
            </Cmd>
          ) : null}
        </>
      ) : null}
      {view.me && (!view.locked || staff) && view.phase === "vote" ? (
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
      ) : null}
      {staff && view.phase === "discuss" ? (
        <Cmd command="group.focus" id={`focus-${g.id}`} hidden={{ groupId: focused ? "" : g.id }} inline>
          <Button label={focused ? t("boards.group.unfocus") : t("boards.group.focus", { name: label })} />
        </Cmd>
      ) : null}
    </section>
  );
}
/** Where the board's script puts the note its person just added: stands for any text and id. */
export const OWN_NOTE = { id: "__ID__", text: "__TEXT__" } as const;

/**
 * This person's next note, as this page would show it, for the board's script (client/board): when
 * their note comes back from the server it fills in the id and the text and adds it to the column,
 * without fetching the page. Inert in a <template>: not shown, not read, not submitted.
 */
function OwnNoteTemplate({ ui, columnId, groups }: { ui: BoardUi; columnId: string; groups: ViewGroup[] }) {
  const me = ui.view.me!;
  const note = {
    ...OWN_NOTE,
    columnId,
    groupId: "",
    ...(ui.view.settings.anonymous ? {} : { author: { id: me.id, name: me.name } }),
    mine: true as const,
  };
  return (
    <template class="own-note-template" data-column={columnId}>
      <NoteItem ui={ui} note={note} groups={groups} />
    </template>
  );
}

function NoteItem({
  ui,
  note: n,
  groups,
}: {
  ui: BoardUi;
  note: ViewGroup["notes"][number];
  groups: ViewGroup[];
}) {
  const { t, view, staff, open, visual } = ui;
  const { Cmd, Button, FieldError } = formKit(ui);
  const canAct = view.me && (!view.locked || staff) && open;
  const editId = `edit-form-${n.id}`;
  const moveTargets = groups.filter((g) => g.id !== n.groupId);
  return (
    <li
      id={`note-${n.id}`}
      class="mb-2"
      data-note-id={n.id}
      draggable={visual && canAct && view.phase === "group" ? "true" : undefined}
    >
      <p class="mb-0 text-pre-line">{n.text}</p>
      <p class="small text-muted mb-1">
        {[n.author ? t("boards.note.by", { name: n.author.name }) : "", n.mine ? t("boards.note.mine") : ""]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {canAct && n.mine && view.phase === "collect" ? (
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
      {canAct && view.phase === "group" ? (
        <Cmd command="note.move" id={`move-form-${n.id}`} hidden={{ noteId: n.id }} inline>
          <label for={`move-${n.id}`} class="me-1">
            {t("boards.note.moveTo")}
          </label>
          <select id={`move-${n.id}`} name="groupId" class="d-inline-block w-auto me-1">
            {moveTargets.map((g) => (
              <option value={g.id}>{groupLabel(t, g)}</option>
            ))}
            <option value="new">{t("boards.note.newGroup")}</option>
          </select>
          <Button label={t("boards.note.move")} />
        </Cmd>
      ) : null}
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
}
