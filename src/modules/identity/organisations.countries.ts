// Countries as ISO 3166 alpha-2 codes, named in the page's language through Intl (no list to maintain).
import type { Lang } from "../../platform/i18n/index.ts";

const names = new Map<Lang, Intl.DisplayNames>();

/** A country's name in the page's language, from its ISO 3166 alpha-2 code. */
export function countryName(lang: Lang, code: string): string {
  let dn = names.get(lang);
  if (!dn) {
    dn = new Intl.DisplayNames([lang], { type: "region" });
    names.set(lang, dn);
  }
  return dn.of(code) ?? code;
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
