// What an incoming board event does to the page: the sentence announced in the live region, and the
// counts of people changed in place. The columns are drawn from the page's view (model.ts, island.tsx).
import { duration, type Translate } from "./i18n.ts";
import type { EventFrame } from "./protocol.ts";

/** Column id → title, for "new note in …" (data-columns on #board). */
export type Columns = Record<string, string>;

export function textOfEvent(m: EventFrame, t: Translate, columns: Columns): string {
  switch (m.type) {
    case "note.added":
      if (m.mine) return "";
      return t("boards.live.noteAdded", { column: columns[m.note.columnId] ?? "", text: m.note.text });
    case "phase.changed":
      return t("boards.live.phaseChanged", { phase: t(`boards.phase.${m.phase}`) });
    case "timer.changed": {
      const time = duration(t, m.leftMs ?? 0);
      if (m.action === "started") return t("boards.live.timerStarted", { time });
      if (m.action === "paused") return t("boards.live.timerPaused", { time });
      return t("boards.live.timerExtended", { time });
    }
    case "group.focused": {
      if (!m.groupId) return "";
      const heading = document.getElementById(`group-${m.groupId}`);
      const name = heading?.firstChild?.textContent?.trim() ?? "";
      return name ? t("boards.live.focused", { name }) : "";
    }
    case "board.locked":
      return m.locked ? t("boards.live.locked") : t("boards.live.unlocked");
    default:
      return "";
  }
}

/**
 * Applies a change to the people in place (the counts and names in the session's details); false
 * when the page must be redrawn instead (one's own readiness changes one's own button).
 */
export function patch(m: EventFrame, t: Translate): boolean {
  if (m.type === "participant.joined" || m.type === "participant.ready") return patchPeople(m, t);
  return false;
}

function patchPeople(
  m: Extract<EventFrame, { type: "participant.joined" | "participant.ready" }>,
  t: Translate,
) {
  const count = document.getElementById("participant-count");
  const ready = document.getElementById("ready-count");
  // One's own readiness changes one's own button: redraw.
  if (!count || !ready || (m.type === "participant.ready" && m.ready !== undefined)) return false;
  let n = Number(count.dataset.n);
  if (m.type === "participant.joined") n = "count" in m && typeof m.count === "number" ? m.count : n + 1;
  const r = m.type === "participant.ready" ? m.readyCount : Number(ready.dataset.ready);
  count.dataset.n = String(n);
  ready.dataset.ready = String(r);
  count.textContent = t("boards.participantCount", { n });
  ready.textContent = t("boards.readyCount", { ready: r, n });
  const names = document.querySelector("#session-heading ~ details ul");
  if (names && m.type === "participant.joined" && "participant" in m && m.participant) {
    const li = document.createElement("li");
    li.textContent = m.participant.name;
    names.append(li);
  }
  return true;
}
