// What every part of the session's page shares: the page's state as the parts need it (BoardUi),
// and the wording of timers and group labels. The form pieces (one command as a plain form, a
// refusal shown on its form) live in shared/kit.tsx, which the board's script renders too.
import type { Lang, T } from "../../../platform/i18n/index.ts";
import type { BoardView } from "../view.ts";
import { formatDuration } from "./shared/duration.ts";
import type { ColumnsUi } from "./shared/kit.tsx";
import { groupName } from "./shared/types.ts";

export { type CommandError, described, formKit, kept } from "./shared/kit.tsx";

/** The page's state as its parts (facilitator tools, columns, notes) need it. */
export type BoardUi = ColumnsUi & { t: T; lang: Lang; view: BoardView };

export function timerText(t: T, timer: BoardView["timer"], now: number): string {
  if (timer.endsAt) {
    const left = Date.parse(timer.endsAt) - now;
    return left > 0 ? t("boards.timer.running", { time: formatDuration(t, left) }) : t("boards.timer.over");
  }
  if (timer.remainingMs !== null)
    return t("boards.timer.paused", { time: formatDuration(t, timer.remainingMs) });
  return t("boards.timer.none");
}

/**
 * A group as headings and controls name it: its name, or "Gruppo 2" (export.ts groupName, as in the
 * summary and the files) — never its first note, whose text may be long, may be anyone's, and read
 * doubly quoted inside "Vota «…»".
 */
export const groupLabel = groupName;
