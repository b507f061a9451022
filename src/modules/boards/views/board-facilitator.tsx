// The facilitators' tools on the session's page: the join link and its QR code, phase, timer, lock,
// anonymity (before the first note), handing over the session, ending it, and recording outcomes
// and actions in the discussion.
import { raw } from "hono/html";
import { can } from "../policy.ts";
import { type BoardState, LIMITS, type Participant, PHASES } from "../rules.ts";
import { type BoardUi, described, formKit, groupLabel, kept } from "./board-ui.tsx";
import { CloseConfirm } from "./close-page.tsx";

export function FacilitatorTools({
  ui,
  joinUrl,
  joinQr,
  people,
  noteCount,
  timerMinutes,
  invite = true,
}: {
  ui: BoardUi;
  joinUrl: string;
  joinQr: string | null;
  people: BoardState["participants"];
  noteCount: number;
  /** What "start the timer" offers first: the session's setting. */
  timerMinutes: number;
  /** The join link and its QR code here (the board view has them under "Invite" instead). */
  invite?: boolean;
}) {
  const { t, view } = ui;
  const { Cmd, Button, FieldError } = formKit(ui);
  return (
    <section aria-labelledby="controls-heading" class="mb-4">
      <h2 id="controls-heading" class="h4">
        {t("boards.controls")}
      </h2>
      {invite ? <JoinInvite t={t} joinUrl={joinUrl} joinQr={joinQr} /> : null}
      <Cmd command="phase.set" id="phase-form">
        <div class="select-wrapper mb-2">
          <label for="phase-select">{t("boards.controls.phase")}</label>
          <select id="phase-select" name="phase">
            {PHASES.filter((ph) => ph !== view.phase && ph !== "closed").map((ph) => (
              <option value={ph}>{t(`boards.phase.${ph}`)}</option>
            ))}
          </select>
        </div>
        <Button label={t("boards.controls.setPhase")} kind="primary" />
      </Cmd>
      <Cmd command="timer.start" id="timer-start-form">
        <div class="form-group mb-2">
          <label for="timer-minutes" class="active">
            {t("boards.controls.minutes")}
          </label>
          <input
            id="timer-minutes"
            name="minutes"
            type="number"
            min="1"
            max="240"
            class="form-control"
            value={kept(ui, "timer-start-form", "minutes", String(timerMinutes))}
            aria-describedby={described(ui, "timer-start-form")}
          />
          <FieldError formId="timer-start-form" />
        </div>
        <Button label={t("boards.controls.startTimer")} />
      </Cmd>
      {view.timer.endsAt ? (
        <Cmd command="timer.pause" id="timer-pause-form">
          <Button label={t("boards.controls.pauseTimer")} />
        </Cmd>
      ) : null}
      {view.timer.endsAt || view.timer.remainingMs !== null ? (
        <Cmd command="timer.extend" id="timer-extend-form">
          <div class="form-group mb-2">
            <label for="extend-minutes" class="active">
              {t("boards.controls.extendMinutes")}
            </label>
            <input
              id="extend-minutes"
              name="minutes"
              type="number"
              min="1"
              max="240"
              class="form-control"
              value={kept(ui, "timer-extend-form", "minutes", "2")}
            />
          </div>
          <Button label={t("boards.controls.extendTimer")} />
        </Cmd>
      ) : null}
      <Cmd command="lock" id="lock-form" hidden={{ locked: view.locked ? "false" : "true" }}>
        <Button label={view.locked ? t("boards.controls.unlock") : t("boards.controls.lock")} />
      </Cmd>
      {noteCount === 0 ? (
        <Cmd
          command="anonymity.set"
          id="anonymity-form"
          hidden={{ anonymous: view.settings.anonymous ? "false" : "true" }}
        >
          <Button
            label={
              view.settings.anonymous ? t("boards.controls.anonymousOff") : t("boards.controls.anonymousOn")
            }
          />
        </Cmd>
      ) : null}
      {view.me && can(view.me, "hand-over") ? <Handover ui={ui} people={people} me={view.me.id} /> : null}
      {/* Closing asks first, on a page of its own (facilitation.routes.tsx): it works without script.
          With the board's script the same question opens here, in a dialog (client/board/close.ts). */}
      <p id="end-form">
        <a class="btn btn-sm btn-danger" href={`/boards/${view.id}/close`} aria-haspopup="dialog">
          {t("boards.controls.end")}
        </a>
      </p>
      <dialog id="close-dialog" class="board-dialog" aria-labelledby="close-dialog-title">
        <h2 id="close-dialog-title" class="h4">
          {t("boards.close.heading")}
        </h2>
        <CloseConfirm
          t={t}
          csrf={ui.csrf}
          sessionId={view.id}
          formId="close-dialog-form"
          cancel={
            <button type="button" class="btn btn-outline-primary" data-close-dialog autofocus>
              {t("boards.close.cancel")}
            </button>
          }
        />
      </dialog>
    </section>
  );
}

/** The session's join link and the QR code to project in the room. */
export function JoinInvite({
  t,
  joinUrl,
  joinQr,
}: {
  t: BoardUi["t"];
  joinUrl: string;
  joinQr: string | null;
}) {
  return (
    <>
      <p>
        {t("boards.joinLink")}: <code id="join-link">{joinUrl}</code>
        <br />
        <small>{t("boards.joinLinkHint")}</small>
      </p>
      {joinQr ? (
        <figure class="mb-3">
          <div class="qr-code" role="img" aria-label={t("boards.joinQrAlt")}>
            {raw(joinQr)}
          </div>
          <figcaption class="small">{t("boards.joinQrCaption")}</figcaption>
        </figure>
      ) : null}
    </>
  );
}

function Handover({ ui, people, me }: { ui: BoardUi; people: BoardState["participants"]; me: string }) {
  const { t, view } = ui;
  const { Cmd, Button } = formKit(ui);
  const candidates = [...people.values()].filter((x) => x.id !== me && can(x, "lead"));
  if (!candidates.length) return null;
  // In an anonymous session the facilitators were promised no names either (as in presence and on
  // notes): each person is offered by role and a number in order of joining ("partecipante 2").
  const numbered = new Map<string, number>();
  const label = (x: Participant) => {
    if (!view.settings.anonymous) return x.name;
    const n = (numbered.get(x.role) ?? 0) + 1;
    numbered.set(x.role, n);
    return t("boards.controls.handoverAnonymous", { role: t(`boards.role.${x.role}`), n });
  };
  return (
    <Cmd command="facilitator.handover" id="handover-form">
      <div class="select-wrapper mb-2">
        <label for="handover-select">{t("boards.controls.handover")}</label>
        <select id="handover-select" name="participantId">
          {candidates.map((x) => (
            <option value={x.id}>{label(x)}</option>
          ))}
        </select>
      </div>
      <Button label={t("boards.controls.doHandover")} />
    </Cmd>
  );
}

/** Records an outcome or an action, tied to a group (the one in discussion, by default) or not. */
export function OutcomeForm({ ui }: { ui: BoardUi }) {
  const { t, view } = ui;
  const { Cmd, Button, FieldError } = formKit(ui);
  const id = "outcome-form";
  // A date refused is shown on the date field; any other refusal on the text.
  const dateRefused = ui.error?.formId === id && ui.error.key === "boards.refused.bad-date";
  // Every column numbers its own groups: the column tells two "Gruppo 1" apart.
  // Spaced as the platform's own fields (form-group, select-wrapper mb-4): Bootstrap Italia's labels
  // sit above their fields and need that room.
  const groups = view.columns.flatMap((col) => col.groups.map((g) => ({ ...g, column: col.title })));
  return (
    <Cmd command="outcome.add" id={id}>
      <div class="select-wrapper mb-4">
        <label for="outcome-kind">{t("boards.outcome.kind")}</label>
        <select id="outcome-kind" name="kind">
          {(["outcome", "action"] as const).map((k) => (
            <option value={k} selected={kept(ui, id, "kind") === k}>
              {t(`boards.outcome.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="form-group">
        <label for="outcome-text" class="active">
          {t("boards.outcome.text")}
        </label>
        <textarea
          id="outcome-text"
          name="text"
          rows={2}
          class="form-control"
          maxlength={LIMITS.outcome}
          aria-describedby={dateRefused ? undefined : described(ui, id)}
        >
          {kept(ui, id, "text")}
        </textarea>
        {dateRefused ? null : <FieldError formId={id} />}
      </div>
      <div class="form-group">
        <label for="outcome-owner" class="active">
          {t("boards.outcome.owner")}
        </label>
        <input
          id="outcome-owner"
          name="owner"
          type="text"
          class="form-control"
          maxlength={LIMITS.owner}
          value={kept(ui, id, "owner")}
        />
      </div>
      <div class="form-group">
        <label for="outcome-due" class="active">
          {t("boards.outcome.due")}
        </label>
        {/* A day picker where the browser has one; a text field that takes 2027-03-31 where not. */}
        <input
          id="outcome-due"
          name="due"
          type="date"
          class={`form-control${dateRefused ? " is-invalid" : ""}`}
          value={kept(ui, id, "due")}
          aria-invalid={dateRefused ? "true" : undefined}
          aria-describedby={["outcome-due-hint", dateRefused ? described(ui, id) : ""]
            .filter(Boolean)
            .join(" ")}
        />
        <small id="outcome-due-hint" class="form-text">
          {t("boards.outcome.dueHint")}
        </small>
        {dateRefused ? <FieldError formId={id} /> : null}
      </div>
      <div class="select-wrapper mb-4">
        <label for="outcome-group">{t("boards.outcome.group")}</label>
        <select id="outcome-group" name="groupId">
          <option value="">{t("boards.outcome.noGroup")}</option>
          {groups.map((g) => (
            <option value={g.id} selected={(kept(ui, id, "groupId") || view.focusGroupId) === g.id}>
              {groupLabel(t, g)} ({g.column})
            </option>
          ))}
        </select>
      </div>
      <Button label={t("boards.outcome.add")} kind="primary" />
    </Cmd>
  );
}
