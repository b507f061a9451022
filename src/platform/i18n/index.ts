// Interface language: message catalogues per module, merged here; negotiation as CONVENTIONS.md pins it
// (?lang= → cookie → account → Accept-Language → Italian). Dates and numbers go through Intl.
import { dateTimeFormat, numberFormat, pluralRules } from "./intl.ts";

export { dateTimeFormat, numberFormat, pluralRules } from "./intl.ts";

export const LANGS = ["it", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "it";

export type Catalog = Record<string, string>;
export type Messages = { it: Catalog; en: Catalog };
export type T = (key: string, params?: Record<string, string | number>) => string;

const catalogs: Record<Lang, Catalog> = { it: {}, en: {} };

/** Each module registers its catalogue once, at import time. Keys are namespaced ("identity.signIn").
 * A message about a count may have a singular form under the same key plus ".one" (see translator). */
export function registerMessages(messages: Messages): void {
  for (const lang of LANGS) Object.assign(catalogs[lang], messages[lang]);
}

export function allKeys(lang: Lang): string[] {
  return Object.keys(catalogs[lang]);
}

export function hasMessage(lang: Lang, key: string): boolean {
  return key in catalogs[lang];
}

export const isLang = (v: unknown): v is Lang =>
  typeof v === "string" && (LANGS as readonly string[]).includes(v);

/** The count a message is about: its `count` or `n` parameter, as a number when it is one. */
function countIn(params: Record<string, string | number> | undefined): number | undefined {
  const v = params?.count ?? params?.n;
  if (typeof v === "number") return v;
  return typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined;
}

// One translator per language, made on first use: every request asks for one, and the catalogues
// are filled in place at import time, so a translator made early still sees every message.
const translators = new Map<Lang, T>();

export function translator(lang: Lang): T {
  let t = translators.get(lang);
  if (!t) {
    t = makeTranslator(lang);
    translators.set(lang, t);
  }
  return t;
}

function makeTranslator(lang: Lang): T {
  const catalog = catalogs[lang];
  const plural = pluralRules(lang);
  return (key, params) => {
    // A count of one takes the key's ".one" form where the catalogue has one: "1 voto", not "1 voti".
    const count = countIn(params);
    const one = count !== undefined && plural.select(count) === "one" ? catalog[`${key}.one`] : undefined;
    // A missing key shows itself, which the catalogue-parity test and reviewers catch.
    const text = one ?? catalog[key] ?? catalogs[DEFAULT_LANG][key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}

/** Picks the best supported language from an Accept-Language header. */
export function fromAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.find((r) => r.trim().startsWith("q="));
      return { tag: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.tag).find(isLang);
}

/** The Intl locale of an interface language (it-IT, en-GB): dates, numbers, charts. */
export const localeOf: Record<Lang, string> = { it: "it-IT", en: "en-GB" };

export function formatDate(lang: Lang, date: Date, timeZone: string, withTime = false): string {
  return dateTimeFormat(localeOf[lang], {
    dateStyle: "long",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone,
  }).format(date);
}

export function formatNumber(lang: Lang, n: number): string {
  return numberFormat(localeOf[lang]).format(n);
}
