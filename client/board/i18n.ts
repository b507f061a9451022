// The page's messages for announcements (data-messages on #board), worded as the server words them.
export type Messages = Record<string, string>;
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export function messagesOf(el: HTMLElement): Messages {
  try {
    return JSON.parse(el.dataset.messages || "{}") as Messages;
  } catch {
    return {};
  }
}

/** As the server's translator: a count of one takes the key's ".one" form when there is one. */
export function translator(messages: Messages, lang: string): Translate {
  const plural = new Intl.PluralRules(lang || "it");
  return (key, params) => {
    const count = params?.count ?? params?.n;
    const one =
      typeof count === "number" && plural.select(count) === "one" ? messages[`${key}.one`] : undefined;
    const text = one ?? messages[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, k: string) => (params?.[k] !== undefined ? String(params[k]) : ""));
  };
}

/** "4 min 30 s", as the server writes it (views/board-ui.tsx formatDuration). */
export function duration(t: Translate, ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m && s) return t("boards.duration.minSec", { m, s });
  if (m) return t("boards.duration.min", { m });
  return t("boards.duration.sec", { s });
}
