// The session's list view: the accessible way to use the board, with or without JavaScript. Every
// column, group and note is a heading or a list item; every command is a plain form posted to
// /boards/:id/commands (redirecting back). public/board.js refreshes the same markup live and
// announces changes in the live region.
import { raw } from "hono/html";
import type { Child, FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate, type T } from "../../../platform/i18n/index.ts";
import { Csrf, PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { SessionRow } from "../boards.repo.ts";
import { PRESENCE_KEYS } from "../messages.presence.ts";
import { LIVE_KEYS } from "../messages.ts";
import type { PresenceView } from "../presence.ts";
import { type BoardState, isStaff, LIMITS, type Participant, PHASES } from "../rules.ts";
import { type BoardView, figuresOf, rankGroups, type ViewGroup } from "../view.ts";
import { WhoIsHere } from "./presence.tsx";
import { SaveTemplate } from "./save-template.tsx";

/** "4 min 30 s": the same wording as board.js uses. */
export function formatDuration(t: T, ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m && s) return t("boards.duration.minSec", { m, s });
  if (m) return t("boards.duration.min", { m });
  return t("boards.duration.sec", { s });
}

export function timerText(t: T, timer: BoardView["timer"], now: number): string {
  if (timer.endsAt) {
    const left = Date.parse(timer.endsAt) - now;
    return left > 0 ? t("boards.timer.running", { time: formatDuration(t, left) }) : t("boards.timer.over");
  }
  if (timer.remainingMs !== null)
    return t("boards.timer.paused", { time: formatDuration(t, timer.remainingMs) });
  return t("boards.timer.none");
}

/** A form error shown again on the page it came from, with what was typed kept. */
export type CommandError = { key: string; formId: string; values: Record<string, string> };

export type BoardPageProps = {
  session: SessionRow;
  view: BoardView;
  /** Everyone in the session (for the facilitators' hand-over list). */
  people: BoardState["participants"];
  participant: Participant | null;
  canJoin: boolean;
  joinUrl: string;
  /** The join link as a QR code (SVG markup), for facilitators. */
  joinQr?: string | null;
  networkName: string;
  networkSlug: string;
  error?: CommandError;
  live: boolean;
  /** Where a guest's page gets its /live ticket (guests have no browser session); null for accounts. */
  liveTicketUrl?: string | null;
  /** The session's facilitators may save its columns as a template of the network. */
  canSaveTemplate?: boolean;
  /** Who has the session open (presence.ts); null where this process cannot tell. */
  presence?: PresenceView | null;
};

const truncate = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n - 1).join("")}…` : s);

export const groupLabel = (g: ViewGroup) => g.name || `«${truncate(g.notes[0]?.text ?? "", 50)}»`;

export function boardPage(c: Ctx, p: BoardPageProps, status = 200) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { view, session } = p;
  const csrf = c.get("csrfToken")();
  const staff = isStaff(p.participant ?? undefined);
  const open = view.phase !== "closed";
  const action = `/boards/${session.id}/commands`;
  const now = c.get("deps").clock.now().getTime();
  const messages = Object.fromEntries([...LIVE_KEYS, ...PRESENCE_KEYS].map((k) => [k, t(k)]));
  const columnTitles = Object.fromEntries(view.columns.map((col) => [col.id, col.title]));
  const kept = (formId: string, name: string, fallback = "") =>
    p.error?.formId === formId ? (p.error.values[name] ?? fallback) : fallback;

  /** One command as a form: hidden fields, then the visible controls. */
  const Cmd: FC<{
    command: string;
    id: string;
    hidden?: Record<string, string>;
    children: Child;
    inline?: boolean;
  }> = (f) => (
    <form method="post" action={action} id={f.id} class={f.inline ? "d-inline-block me-2 mb-2" : "mb-3"}>
      <Csrf token={csrf} />
      <input type="hidden" name="command" value={f.command} />
      <input type="hidden" name="form" value={f.id} />
      {Object.entries(f.hidden ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      {f.children}
    </form>
  );
  const Button: FC<{ label: string; kind?: string }> = (b) => (
    <button type="submit" class={`btn btn-sm btn-${b.kind ?? "outline-primary"}`}>
      {b.label}
    </button>
  );
  const FieldError: FC<{ formId: string }> = ({ formId }) =>
    p.error?.formId === formId ? (
      <div id={`${formId}-error`} class="invalid-feedback d-block">
        {t(p.error.key)}
      </div>
    ) : null;
  const described = (formId: string) => (p.error?.formId === formId ? `${formId}-error` : undefined);

  const visual = c.req.query("view") === "board";
  const figures = figuresOf(view);
  // A closed session reads as its summary: groups in order of votes.
  const columnsShown =
    view.phase === "closed"
      ? view.columns.map((col) => ({ ...col, groups: rankGroups(col.groups) }))
      : view.columns;
  const noteCount =
    view.columns.reduce((n, col) => n + col.groups.reduce((m, g) => m + g.notes.length, 0), 0) +
    view.hiddenNotes;

  const body = (
    <div
      id="board"
      data-session={session.id}
      data-seq={String(view.seq)}
      data-lang={lang}
      data-live={p.live ? "on" : "off"}
      data-ticket-url={p.liveTicketUrl ?? undefined}
      data-csrf={p.liveTicketUrl ? csrf : undefined}
      data-people={String(view.participantCount)}
      data-messages={JSON.stringify(messages)}
      data-columns={JSON.stringify(columnTitles)}
    >
      <div
        id="board-announcer"
        class="visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-label={t("boards.live.region")}
      />
      <div id="board-content" class={visual ? "board-visual" : undefined}>
        <link rel="stylesheet" href="/static/app/board.css" />
        <PageTitle title={session.title} lead={`${t("boards.phase")}: ${t(`boards.phase.${view.phase}`)}`}>
          <p>{t(`boards.phaseHelp.${view.phase}`)}</p>
        </PageTitle>
        {p.error ? (
          <div class="alert alert-danger" role="alert" id="command-error">
            <p class="fw-semibold mb-1">{t("boards.refusedTitle")}</p>
            <p class="mb-0">
              <a href={`#${p.error.formId}`}>{t(p.error.key)}</a>
            </p>
          </div>
        ) : null}

        <section aria-labelledby="session-heading" class="mb-4">
          <h2 id="session-heading" class="h4">
            {t("boards.session")}
          </h2>
          <p
            id="board-timer"
            role="timer"
            data-ends-at={view.timer.endsAt ?? ""}
            data-remaining={view.timer.remainingMs === null ? "" : String(view.timer.remainingMs)}
          >
            {timerText(t, view.timer, now)}
          </p>
          {view.locked ? <p class="fw-semibold">{t("boards.locked")}</p> : null}
          {view.settings.anonymous ? <p>{t("boards.anonymousSession")}</p> : null}
          {view.phase === "collect" && view.settings.privateCollect ? (
            <p>{t("boards.privateCollectOn")}</p>
          ) : null}
          {view.hiddenNotes ? <p>{t("boards.hiddenNotes", { n: view.hiddenNotes })}</p> : null}
          {view.me ? (
            <p>
              {t("boards.you", { name: view.me.name, role: t(`boards.role.${view.me.role}`) })}
              {view.phase === "vote"
                ? ` ${t("boards.votesLeft", { n: view.me.votesLeft, budget: view.settings.voteBudget })}`
                : null}
            </p>
          ) : (
            <p>{t("boards.notJoined")}</p>
          )}
          {view.phase === "closed" ? (
            <p>
              <strong>{t("boards.summary")}:</strong> {t("boards.summary.figures", figures)}{" "}
              {t("boards.summary.ranked")}{" "}
              <a href={`/boards/${session.id}/summary`}>{t("boards.outcomes.fullSummary")}</a>
            </p>
          ) : null}
          <p>
            {t("boards.export")}: <a href={`/boards/${session.id}/summary.md`}>{t("boards.export.md")}</a> ·{" "}
            <a href={`/boards/${session.id}/summary.csv`}>{t("boards.export.csv")}</a> ·{" "}
            <a href={`/boards/${session.id}/summary.pdf`}>{t("boards.export.pdf")}</a>
          </p>
          <p>
            <span id="participant-count" data-n={String(view.participantCount)}>
              {t("boards.participantCount", { n: view.participantCount })}
            </span>{" "}
            ·{" "}
            <span id="ready-count" data-ready={String(view.readyCount)}>
              {t("boards.readyCount", { ready: view.readyCount, n: view.participantCount })}
            </span>
          </p>
          <WhoIsHere t={t} presence={p.presence ?? null} />
          {view.participants ? (
            <details>
              <summary>{t("boards.participants")}</summary>
              <ul>
                {view.participants.map((x) => (
                  <li>
                    {x.name} ({t(`boards.role.${x.role}`)}){x.ready ? ` · ${t("boards.ready")}` : ""}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {p.canJoin ? (
            <form method="post" action={`/boards/${session.id}/join`}>
              <Csrf token={csrf} />
              <button type="submit" class="btn btn-primary">
                {t("boards.join")}
              </button>
            </form>
          ) : null}
          {view.me && open ? (
            <Cmd command="ready" id="ready-form" hidden={{ ready: view.me.ready ? "false" : "true" }}>
              {view.me.ready ? <p>{t("boards.readyYes")}</p> : null}
              <Button label={view.me.ready ? t("boards.notReady") : t("boards.ready")} />
            </Cmd>
          ) : null}
        </section>

        {staff && open ? (
          <section aria-labelledby="controls-heading" class="mb-4">
            <h2 id="controls-heading" class="h4">
              {t("boards.controls")}
            </h2>
            <p>
              {t("boards.joinLink")}: <code id="join-link">{p.joinUrl}</code>
              <br />
              <small>{t("boards.joinLinkHint")}</small>
            </p>
            {p.joinQr ? (
              <figure class="mb-3">
                <div class="qr-code" role="img" aria-label={t("boards.joinQrAlt")}>
                  {raw(p.joinQr)}
                </div>
                <figcaption class="small">{t("boards.joinQrCaption")}</figcaption>
              </figure>
            ) : null}
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
                  value={kept("timer-start-form", "minutes", "5")}
                  aria-describedby={described("timer-start-form")}
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
                    value={kept("timer-extend-form", "minutes", "2")}
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
                    view.settings.anonymous
                      ? t("boards.controls.anonymousOff")
                      : t("boards.controls.anonymousOn")
                  }
                />
              </Cmd>
            ) : null}
            {view.me?.role === "facilitator" ? <Handover people={p.people} me={view.me.id} /> : null}
            <Cmd command="end" id="end-form">
              <Button label={t("boards.controls.end")} kind="danger" />
            </Cmd>
          </section>
        ) : null}

        {p.canSaveTemplate ? (
          <SaveTemplate
            t={t}
            sessionId={session.id}
            csrf={csrf}
            networkName={p.networkName}
            error={p.error}
          />
        ) : null}

        <nav aria-label={t("boards.views")} class="mb-3">
          <ul class="list-inline mb-0">
            <li class="list-inline-item">
              {visual ? (
                <a href={`/boards/${session.id}`}>{t("boards.view.list")}</a>
              ) : (
                <span aria-current="page" class="fw-semibold">
                  {t("boards.view.list")}
                </span>
              )}
            </li>
            <li class="list-inline-item">
              {visual ? (
                <span aria-current="page" class="fw-semibold">
                  {t("boards.view.board")}
                </span>
              ) : (
                <a href={`/boards/${session.id}?view=board`}>{t("boards.view.board")}</a>
              )}
            </li>
          </ul>
        </nav>
        <div class="board-columns">
          {columnsShown.map((col) => (
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
                      class={`form-control${p.error?.formId === `add-${col.id}` ? " is-invalid" : ""}`}
                      maxlength={view.settings.maxNoteLength}
                      aria-describedby={[`add-hint-${col.id}`, described(`add-${col.id}`)]
                        .filter(Boolean)
                        .join(" ")}
                      aria-invalid={p.error?.formId === `add-${col.id}` ? "true" : undefined}
                    >
                      {kept(`add-${col.id}`, "text")}
                    </textarea>
                    <small id={`add-hint-${col.id}`} class="form-text">
                      {t("boards.column.maxLength", { n: view.settings.maxNoteLength })}
                    </small>
                    <FieldError formId={`add-${col.id}`} />
                  </div>
                  <Button label={t("boards.column.add")} kind="primary" />
                </Cmd>
              ) : null}
              {col.groups.length === 0 ? <p id={`empty-${col.id}`}>{t("boards.column.noNotes")}</p> : null}
              {view.phase === "collect" ? (
                <ul class="board-notes" data-column={col.id}>
                  {col.groups.flatMap((g) =>
                    g.notes.map((n) => <NoteItem note={n} group={g} groups={col.groups} />),
                  )}
                </ul>
              ) : (
                col.groups.map((g) => <GroupBlock group={g} groups={col.groups} />)
              )}
            </section>
          ))}
        </div>

        {view.phase === "discuss" || view.phase === "closed" || view.outcomes.length ? (
          <section aria-labelledby="outcomes-heading" class="mb-4">
            <h2 id="outcomes-heading" class="h3">
              {t("boards.outcomes")}
            </h2>
            {view.outcomes.length === 0 ? (
              <p>{t("boards.outcomes.none")}</p>
            ) : (
              <ul>
                {view.outcomes.map((o) => (
                  <li>
                    <strong>{t(`boards.outcome.kind.${o.kind}`)}:</strong> {o.text}
                    {o.owner ? ` · ${t("boards.outcome.ownerDue", { owner: o.owner })}` : ""}
                    {o.due
                      ? ` · ${t("boards.outcome.dueOn", { date: formatDate(lang, new Date(`${o.due}T12:00:00Z`), "UTC") })}`
                      : ""}
                  </li>
                ))}
              </ul>
            )}
            {staff && view.phase === "discuss" ? <OutcomeForm /> : null}
          </section>
        ) : null}
      </div>
    </div>
  );

  function Handover({ people, me }: { people: BoardState["participants"]; me: string }) {
    const candidates = [...people.values()].filter((x) => x.id !== me && x.accountId !== null);
    if (!candidates.length) return null;
    return (
      <Cmd command="facilitator.handover" id="handover-form">
        <div class="select-wrapper mb-2">
          <label for="handover-select">{t("boards.controls.handover")}</label>
          <select id="handover-select" name="participantId">
            {candidates.map((x) => (
              <option value={x.id}>{x.name}</option>
            ))}
          </select>
        </div>
        <Button label={t("boards.controls.doHandover")} />
      </Cmd>
    );
  }

  function OutcomeForm() {
    const id = "outcome-form";
    const groups = view.columns.flatMap((col) => col.groups);
    return (
      <Cmd command="outcome.add" id={id}>
        <div class="select-wrapper mb-2">
          <label for="outcome-kind">{t("boards.outcome.kind")}</label>
          <select id="outcome-kind" name="kind">
            {(["outcome", "action"] as const).map((k) => (
              <option value={k} selected={kept(id, "kind") === k}>
                {t(`boards.outcome.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="form-group mb-2">
          <label for="outcome-text" class="active">
            {t("boards.outcome.text")}
          </label>
          <textarea
            id="outcome-text"
            name="text"
            rows={2}
            class="form-control"
            maxlength={LIMITS.outcome}
            aria-describedby={described(id)}
          >
            {kept(id, "text")}
          </textarea>
          <FieldError formId={id} />
        </div>
        <div class="form-group mb-2">
          <label for="outcome-owner" class="active">
            {t("boards.outcome.owner")}
          </label>
          <input
            id="outcome-owner"
            name="owner"
            class="form-control"
            maxlength={LIMITS.owner}
            value={kept(id, "owner")}
          />
        </div>
        <div class="form-group mb-2">
          <label for="outcome-due" class="active">
            {t("boards.outcome.due")}
          </label>
          <input id="outcome-due" name="due" class="form-control" value={kept(id, "due")} />
        </div>
        <div class="select-wrapper mb-2">
          <label for="outcome-group">{t("boards.outcome.group")}</label>
          <select id="outcome-group" name="groupId">
            <option value="">{t("boards.outcome.noGroup")}</option>
            {groups.map((g) => (
              <option value={g.id} selected={(kept(id, "groupId") || view.focusGroupId) === g.id}>
                {groupLabel(g)}
              </option>
            ))}
          </select>
        </div>
        <Button label={t("boards.outcome.add")} kind="primary" />
      </Cmd>
    );
  }

  function GroupBlock({ group: g, groups }: { group: ViewGroup; groups: ViewGroup[] }) {
    const label = groupLabel(g);
    const focused = view.focusGroupId === g.id;
    const others = groups.filter((x) => x.id !== g.id);
    return (
      <section
        aria-labelledby={`group-${g.id}`}
        class={`mb-4 ps-3 border-start board-group${focused ? " border-primary border-3" : ""}`}
        data-group-id={g.id}
      >
        <h3 id={`group-${g.id}`} class="h5">
          {g.name || t("boards.group.unnamed")}
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
            <NoteItem note={n} group={g} groups={groups} />
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
                value={kept(`name-form-${g.id}`, "name", g.name)}
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
                    <option value={o.id}>{groupLabel(o)}</option>
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
            <Button label={focused ? t("boards.group.unfocus") : `${t("boards.group.focus")}: ${label}`} />
          </Cmd>
        ) : null}
      </section>
    );
  }

  function NoteItem({
    note: n,
    groups,
  }: {
    note: ViewGroup["notes"][number];
    group: ViewGroup;
    groups: ViewGroup[];
  }) {
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
            <details open={p.error?.formId === editId}>
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
                  aria-describedby={described(editId)}
                >
                  {kept(editId, "text", n.text)}
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
                <option value={g.id}>{groupLabel(g)}</option>
              ))}
              <option value="new">{t("boards.note.newGroup")}</option>
            </select>
            <Button label={t("boards.note.move")} />
          </Cmd>
        ) : null}
        {staff && open ? (
          <details open={p.error?.formId === `remove-form-${n.id}`}>
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
                value={kept(`remove-form-${n.id}`, "reason")}
                aria-describedby={described(`remove-form-${n.id}`)}
              />
              <FieldError formId={`remove-form-${n.id}`} />
              <Button label={t("boards.note.doRemove")} kind="outline-danger" />
            </Cmd>
          </details>
        ) : null}
      </li>
    );
  }

  return render(
    c,
    {
      title: session.title,
      scripts: p.live ? ["/static/app/board.js"] : [],
      breadcrumbs: [
        { href: `/networks/${p.networkSlug}`, label: p.networkName },
        { href: `/networks/${p.networkSlug}/boards`, label: t("boards.title") },
        { label: session.title },
      ],
    },
    body,
    status,
  );
}
