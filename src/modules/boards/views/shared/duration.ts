// "4 min 30 s": a time left, worded the same on the server's page (views/board-ui.tsx) and in the
// browser (client/board), which counts the timer down. Pure: no server code, so the board's script
// can bundle it.

export type { Translate } from "./types.ts";

import type { Translate } from "./types.ts";

export function formatDuration(t: Translate, ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m && s) return t("boards.duration.minSec", { m, s });
  if (m) return t("boards.duration.min", { m });
  return t("boards.duration.sec", { s });
}
