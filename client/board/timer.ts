// The phase timer (#board-timer, data-ends-at) counting down every second.
import { duration, type Translate } from "./i18n.ts";

export function tickTimer(t: Translate): void {
  setInterval(() => {
    const timer = document.getElementById("board-timer");
    const endsAt = timer?.dataset.endsAt;
    if (!timer || !endsAt) return;
    const left = Date.parse(endsAt) - Date.now();
    const text = left > 0 ? t("boards.timer.running", { time: duration(t, left) }) : t("boards.timer.over");
    if (timer.textContent !== text) timer.textContent = text;
  }, 1000);
}
