// A group's own controls in the grouping phase (views/shared/columns.tsx GroupBlock): its name — a
// form on its own line in the list view, edited in place in its header on the board — and merging it
// into another group (forms in the list view, a menu on the board beside dragging).
import { LIMITS } from "../../rules.model.ts";
import { type ColumnsUi, formKit, kept } from "./kit.tsx";
import { groupName, type ViewGroup } from "./types.ts";

/** A group's name as a form: its own line in the list view, the group's header on the board. */
function NameForm({
  ui,
  group: g,
  label,
  inline,
}: {
  ui: ColumnsUi;
  group: ViewGroup;
  label: string;
  inline?: boolean;
}) {
  const { t } = ui;
  const { Cmd, Button, FieldError } = formKit(ui);
  const formId = `name-form-${g.id}`;
  const invalid = ui.error?.formId === formId;
  return (
    <Cmd
      command="group.name"
      id={formId}
      hidden={{ groupId: g.id }}
      inline
      class={inline ? "board-name-form" : undefined}
    >
      <label for={`name-${g.id}`} class="visually-hidden">
        {t("boards.group.name")} ({label})
      </label>
      <input
        id={`name-${g.id}`}
        name="name"
        class={
          inline
            ? `board-group-name${invalid ? " is-invalid" : ""}`
            : `form-control form-control-sm d-inline-block w-auto me-1${invalid ? " is-invalid" : ""}`
        }
        maxlength={LIMITS.groupName}
        value={kept(ui, formId, "name", g.name)}
        placeholder={inline ? label : t("boards.group.name")}
        aria-describedby={inline ? `name-hint-${g.id}` : undefined}
        aria-invalid={invalid ? "true" : undefined}
        data-save-on-change={inline ? "yes" : undefined}
        data-saved={inline ? g.name : undefined}
      />
      {inline ? (
        <span id={`name-hint-${g.id}`} class="visually-hidden">
          {t("boards.group.nameHint")}
        </span>
      ) : null}
      {/* On the board the name is saved with Enter or on leaving the field; the button shows on focus. */}
      {inline ? (
        <button type="submit" class="btn btn-sm btn-primary visually-hidden-focusable ms-1">
          {t("boards.group.rename")}
        </button>
      ) : (
        <Button label={t("boards.group.rename")} />
      )}
      {inline ? <FieldError formId={formId} /> : null}
    </Cmd>
  );
}

/**
 * The group's header on the board while grouping: a handle to drag it onto another group (merge),
 * and its name, edited in place.
 */
export function GroupHead({ ui, group: g, label }: { ui: ColumnsUi; group: ViewGroup; label: string }) {
  const { t } = ui;
  return (
    <div class="board-group-head">
      <span class="board-grip" draggable="true" title={t("boards.group.dragTitle")} aria-hidden="true">
        ⠿
      </span>
      <NameForm ui={ui} group={g} label={label} inline />
    </div>
  );
}

/** Merging a group into another (and, in the list view, naming it): forms there, a menu on the board. */
export function GroupTools({
  ui,
  group: g,
  label,
  others,
}: {
  ui: ColumnsUi;
  group: ViewGroup;
  label: string;
  others: ViewGroup[];
}) {
  const { t } = ui;
  const { Cmd, Button } = formKit(ui);
  const forms = (
    <>
      {ui.visual ? null : <NameForm ui={ui} group={g} label={label} />}
      {others.length ? (
        <Cmd command="group.merge" id={`merge-form-${g.id}`} hidden={{ groupId: g.id }} inline>
          <label for={`merge-${g.id}`} class="me-1">
            {t("boards.group.mergeInto")}
          </label>
          <select id={`merge-${g.id}`} name="intoGroupId" class="d-inline-block w-auto me-1">
            {others.map((o) => (
              <option value={o.id}>{groupName(t, o)}</option>
            ))}
          </select>
          <Button label={t("boards.group.merge")} />
        </Cmd>
      ) : null}
    </>
  );
  if (!ui.visual) return forms;
  if (!others.length) return null;
  return (
    <details class="board-menu" open={ui.error?.formId === `merge-form-${g.id}`}>
      <summary class="btn btn-sm btn-outline-primary">{t("boards.group.tools", { name: label })}</summary>
      <div class="board-menu-body">{forms}</div>
    </details>
  );
}
