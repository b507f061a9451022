// Countries as ISO 3166 alpha-2 codes, named in the page's language through Intl (no list to maintain).
import type { Lang } from "../../platform/i18n/index.ts";

const names = new Map<Lang, Intl.DisplayNames>();
// Names already looked up, by language and code: pages that list organisations name the same few
// countries on every request, and Intl.DisplayNames#of showed in the HTTP benchmark's CPU profile.
// Bounded: a code is two letters (≤ 676 per language); anything longer is answered, not kept.
const known = new Map<string, string>();

/** A country's name in the page's language, from its ISO 3166 alpha-2 code. */
export function countryName(lang: Lang, code: string): string {
  const key = `${lang}:${code}`;
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  let dn = names.get(lang);
  if (!dn) {
    dn = new Intl.DisplayNames([lang], { type: "region" });
    names.set(lang, dn);
  }
  // A malformed code (not two letters) throws in Intl: shown as it is.
  let name = code;
  try {
    name = dn.of(code) ?? code;
  } catch {}
  if (code.length === 2) known.set(key, name);
  return name;
}

// Codes Intl names that are not current ISO 3166-1 countries: groupings, pseudo-regions, and
// withdrawn or exceptionally reserved codes (which Intl maps to their successors).
const NOT_COUNTRIES = new Set(
  "AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ".split(" "),
);
let allCodes: string[] | undefined;

/** Every ISO 3166 alpha-2 code Intl knows as a country (computed once). */
export function countryCodes(): string[] {
  if (allCodes) return allCodes;
  const dn = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const out: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const name = dn.of(code);
      if (name && name !== code) out.push(code);
    }
  }
  allCodes = out;
  return out;
}

export const isCountryCode = (code: string) => countryCodes().includes(code);

/** The countries as options of a select, named in `lang` and sorted as that language sorts. */
export function countryOptions(lang: Lang, codes = countryCodes()): { value: string; label: string }[] {
  const collator = new Intl.Collator(lang);
  return codes
    .map((code) => ({ value: code, label: countryName(lang, code) }))
    .sort((x, y) => collator.compare(x.label, y.label));
}
