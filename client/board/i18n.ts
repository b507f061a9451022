// The page's messages for announcements (data-messages on #board), worded as the server words them.
import { formatDuration } from "../../src/modules/boards/views/shared/duration.ts";

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

/** "4 min 30 s", as the server writes it (one function for both: boards/views/shared/duration.ts). */
export const duration = (t: Translate, ms: number): string => formatDuration(t, ms);
