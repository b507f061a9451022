// The session's page: the accessible way to use the board, with or without JavaScript. Every
// column, group and note is a heading or a list item; every command is a plain form posted to
// /boards/:id/commands (redirecting back). With JavaScript, the board script (client/board) sends
// the same forms' commands over /live instead, redraws the same markup in place and announces
// changes in the live region. The parts: board-ui.tsx (shared form pieces),
// board-facilitator.tsx (the facilitators' tools), shared/columns.tsx (columns, groups and notes,
// rendered by the server here and by the board's script in the browser).
import { clientScript } from "../../../platform/http/client-scripts.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf, PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { SessionRow } from "../boards.repo.ts";
import { dueDate } from "../export.ts";
import { COLUMN_KEYS } from "../messages.board.ts";
import { PRESENCE_KEYS } from "../messages.presence.ts";
import { LIVE_KEYS } from "../messages.ts";
import { can } from "../policy.ts";
import type { PresenceView } from "../presence.ts";
import type { BoardState, Participant } from "../rules.ts";
import { type BoardView, figuresOf } from "../view.ts";
import { FacilitatorTools, OutcomeForm } from "./board-facilitator.tsx";
import { ColumnSwitcher, PhoneCompose, PhoneMine } from "./board-phone.tsx";
import { ReopenSection, type ReopenState } from "./board-reopen.tsx";
import { BoardToolbar } from "./board-toolbar.tsx";
import { type BoardUi, type CommandError, formKit, timerText } from "./board-ui.tsx";
import { WhoIsHere } from "./presence.tsx";
import { SaveTemplate } from "./save-template.tsx";
import { BoardColumns } from "./shared/columns.tsx";

export type { CommandError } from "./board-ui.tsx";

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
  /** For a closed session's facilitators: whether they may still reopen it (board-reopen.tsx). */
  reopen?: ReopenState | null;
  /** The board view rather than the list view (view-choice.ts). */
  visual: boolean;
};

export function boardPage(c: Ctx, p: BoardPageProps, status = 200) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { view, session } = p;
  const csrf = c.get("csrfToken")();
  const staff = can(p.participant, "run-board");
  const open = view.phase !== "closed";
  const action = `/boards/${session.id}/commands`;
  const now = c.get("deps").clock.now().getTime();
  const messages = Object.fromEntries([...LIVE_KEYS, ...PRESENCE_KEYS, ...COLUMN_KEYS].map((k) => [k, t(k)]));
  const columnTitles = Object.fromEntries(view.columns.map((col) => [col.id, col.title]));
  const visual = p.visual;
  const ui: BoardUi = { t, lang, view, csrf, action, staff, open, visual, error: p.error };
  const { Cmd, Button } = formKit(ui);
  const figures = figuresOf(view);
  const noteCount =
    view.columns.reduce((n, col) => n + col.groups.reduce((m, g) => m + g.notes.length, 0), 0) +
    view.hiddenNotes;
  const timer = (
    <p
      id="board-timer"
      role="timer"
      data-ends-at={view.timer.endsAt ?? ""}
      data-remaining={view.timer.remainingMs === null ? "" : String(view.timer.remainingMs)}
    >
      {timerText(t, view.timer, now)}
    </p>
  );
  // A closed session's figures and the way to its summary: in the board view, above the columns.
  const summaryLine =
    view.phase === "closed" ? (
      <p class={visual ? "board-closed" : undefined}>
        <strong>{t("boards.summary")}:</strong> {t("boards.summary.figures", figures)}{" "}
        {t("boards.summary.ranked")}{" "}
        <a href={`/boards/${session.id}/summary`}>{t("boards.outcomes.fullSummary")}</a>
      </p>
    ) : null;
  const sessionSection = (
    <section aria-labelledby="session-heading" class="mb-4">
      <h2 id="session-heading" class="h4">
        {t("boards.session")}
      </h2>
      {visual ? null : timer}
      {view.locked ? <p class="fw-semibold">{t("boards.locked")}</p> : null}
      {view.settings.anonymous ? <p>{t("boards.anonymousSession")}</p> : null}
      {view.phase === "collect" && view.settings.privateCollect ? (
        <p>{t("boards.privateCollectOn")}</p>
      ) : null}
      {view.hiddenNotes ? <p>{t("boards.hiddenNotes", { n: view.hiddenNotes })}</p> : null}
      {view.me ? (
        <p>
          {t("boards.you", { name: view.me.name, role: t(`boards.role.${view.me.role}`) })}
          {view.phase === "vote" ? (
            <>
              {" "}
              <span data-votes-left>
                {t("boards.votesLeft", { n: view.me.votesLeft, budget: view.settings.voteBudget })}
              </span>
            </>
          ) : null}
        </p>
      ) : (
        <p>{t("boards.notJoined")}</p>
      )}
      {visual ? null : summaryLine}
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
  );
  const tools = (
    <>
      {staff && open ? (
        <FacilitatorTools
          ui={ui}
          joinUrl={p.joinUrl}
          joinQr={p.joinQr ?? null}
          people={p.people}
          noteCount={noteCount}
          timerMinutes={session.timer_minutes}
          invite={!visual}
        />
      ) : null}

      {p.reopen && !open ? (
        <ReopenSection
          t={t}
          lang={lang}
          zone={c.get("deps").config.timeZone}
          sessionId={session.id}
          csrf={csrf}
          reopen={p.reopen}
        />
      ) : null}

      {p.canSaveTemplate ? (
        <SaveTemplate t={t} sessionId={session.id} csrf={csrf} networkName={p.networkName} error={p.error} />
      ) : null}
    </>
  );
  const viewsNav = (
    <nav aria-label={t("boards.views")} class="mb-3">
      <ul class="list-inline mb-0">
        <li class="list-inline-item">
          {visual ? (
            <a href={`/boards/${session.id}?view=list`}>{t("boards.view.list")}</a>
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
  );
  const body = (
    <div
      id="board"
      data-session={session.id}
      data-seq={String(view.seq)}
      data-lang={lang}
      data-live={p.live ? "on" : "off"}
      data-ticket-url={p.liveTicketUrl ?? undefined}
      data-csrf={csrf}
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
        {visual ? (
          // The board is the screen: a one-line title; the phase is the toolbar's stepper.
          <div class="board-head">
            <h1 class="board-title">{session.title}</h1>
            <p class="small mb-0">
              <span class="visually-hidden">
                {t("boards.phase")}: {t(`boards.phase.${view.phase}`)}.{" "}
              </span>
              {t(`boards.phaseHelp.${view.phase}`)}
            </p>
          </div>
        ) : (
          <PageTitle title={session.title} lead={`${t("boards.phase")}: ${t(`boards.phase.${view.phase}`)}`}>
            <p>{t(`boards.phaseHelp.${view.phase}`)}</p>
          </PageTitle>
        )}
        {p.error ? (
          <div class="alert alert-danger" role="alert" id="command-error">
            <p class="fw-semibold mb-1">{t("boards.refusedTitle")}</p>
            <p class="mb-0">
              <a href={`#${p.error.formId}`}>{t(p.error.key)}</a>
            </p>
          </div>
        ) : null}

        {visual ? (
          <BoardToolbar
            ui={ui}
            timer={timer}
            joinUrl={staff && open ? p.joinUrl : null}
            joinQr={p.joinQr ?? null}
            more={open && (staff || p.canSaveTemplate) ? tools : null}
            viewsNav={viewsNav}
            presence={p.presence ?? null}
          />
        ) : null}
        {/* A closed session's summary and "reopen" stay in view. */}
        {visual ? summaryLine : null}
        {visual && !open ? tools : null}
        {visual ? (
          <details class="board-panel mb-3">
            <summary>{t("boards.details")}</summary>
            {sessionSection}
          </details>
        ) : (
          <>
            {sessionSection}
            {tools}
            {viewsNav}
          </>
        )}
        {visual ? <PhoneCompose ui={ui} /> : null}
        {visual ? <PhoneMine ui={ui} /> : null}
        {visual && view.columns.length > 1 ? <ColumnSwitcher ui={ui} /> : null}
        <BoardColumns ui={ui} columns={view.columns} />

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
                    {o.due ? ` · ${t("boards.outcome.dueOn", { date: dueDate(lang, o.due) })}` : ""}
                  </li>
                ))}
              </ul>
            )}
            {staff && view.phase === "discuss" ? <OutcomeForm ui={ui} /> : null}
          </section>
        ) : null}
      </div>
    </div>
  );

  return render(
    c,
    {
      title: session.title,
      scripts: p.live ? [clientScript("board")] : [],
      wide: visual,
      // Without JavaScript the board view cannot run: the browser goes on to the list view, which can.
      ...(visual ? { noscriptRefresh: `/boards/${session.id}?view=list` } : {}),
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
