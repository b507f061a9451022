// The board view's toolbar (/boards/:id?view=board): the view is the screen, so what a session needs
// at a glance sits in one line above the columns — where the session is among its phases, the
// timer, one's votes left, the facilitators' "next phase" — and the rest behind two buttons: "Invite"
// (the join link and its QR code) and "More" (every facilitation form of the list view). Both are
// <details>, so they open and close by keyboard, touch and without JavaScript. The list view keeps
// all of it in the page, in order, for screen readers first.
import type { Child } from "hono/jsx";
import type { PresenceView } from "../presence.ts";
import { PHASES, type Phase } from "../rules.ts";
import { JoinInvite } from "./board-facilitator.tsx";
import { type BoardUi, formKit } from "./board-ui.tsx";
import { Faces } from "./shared/faces.tsx";

/** The phase a facilitator usually moves to next; closing is asked for under "More". */
const NEXT: Partial<Record<Phase, Phase>> = { collect: "group", group: "vote", vote: "discuss" };

export function BoardToolbar(p: {
  ui: BoardUi;
  timer: Child;
  /** The join link for facilitators (null: no "Invite"). */
  joinUrl: string | null;
  joinQr: string | null;
  /** The facilitation forms, under "More" (null: none for this person). */
  more: Child | null;
  viewsNav: Child;
  /** Who has the session open (null: not known to this process yet; the script fills it in). */
  presence: PresenceView | null;
}) {
  const { t, view, staff, open } = p.ui;
  const { Cmd, Button } = formKit(p.ui);
  const next = NEXT[view.phase];
  return (
    <section class="board-toolbar" aria-label={t("boards.toolbar")}>
      <ol class="board-stepper" aria-label={t("boards.stepper")}>
        {PHASES.map((ph) => (
          <li aria-current={ph === view.phase ? "step" : undefined}>{t(`boards.phase.${ph}`)}</li>
        ))}
      </ol>
      {p.timer}
      <p id="board-faces" class="board-faces">
        {p.presence ? <Faces t={t} count={p.presence.count} people={p.presence.people} /> : null}
      </p>
      {view.phase === "vote" && view.me ? (
        <p class="board-budget" data-votes-left>
          {t("boards.votesLeft", { n: view.me.votesLeft, budget: view.settings.voteBudget })}
        </p>
      ) : null}
      {staff && open && next ? (
        <Cmd command="phase.set" id="next-phase-form" hidden={{ phase: next }} inline>
          <Button label={t("boards.nextPhase", { phase: t(`boards.phase.${next}`) })} kind="primary" />
        </Cmd>
      ) : null}
      {p.joinUrl ? (
        <details class="board-pop">
          <summary class="btn btn-sm btn-outline-primary">{t("boards.invite")}</summary>
          <div class="board-pop-body">
            <JoinInvite t={t} joinUrl={p.joinUrl} joinQr={p.joinQr} />
          </div>
        </details>
      ) : null}
      {p.more ? (
        <details class="board-pop board-pop-end">
          <summary class="btn btn-sm btn-outline-primary">{t("boards.more")}</summary>
          <div class="board-pop-body">{p.more}</div>
        </details>
      ) : null}
      {p.viewsNav}
    </section>
  );
}
