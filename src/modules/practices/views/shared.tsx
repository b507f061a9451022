// Pieces both catalogue pages use: theme chips, highlighted text, country names, years, JSON-LD.
import type { FC } from "hono/jsx";
import type { T } from "../../../platform/i18n/index.ts";
import type { Segment } from "../search/snippets.ts";
import { type Theme, themeLabelKey } from "../themes.ts";

/** Text with the search matches in <mark>; every piece is escaped by JSX. */
export const Highlighted: FC<{ segments: Segment[] }> = ({ segments }) => (
  <>{segments.map((s) => (s.match ? <mark>{s.text}</mark> : s.text))}</>
);

export const ThemeChips: FC<{ t: T; themes: Theme[]; label: string; link?: boolean }> = (p) =>
  p.themes.length ? (
    <ul class="practice-chips list-unstyled" aria-label={p.label}>
      {p.themes.map((code) => (
        <li>
          {p.link ? (
            <a class="chip chip-simple chip-primary" href={`/practices?theme=${code}`}>
              <span class="chip-label">{p.t(themeLabelKey(code))}</span>
            </a>
          ) : (
            <span class="chip chip-simple chip-primary">
              <span class="chip-label">{p.t(themeLabelKey(code))}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  ) : null;

// Country names are identity's (Intl.DisplayNames, one copy for the whole application).
export { countryName } from "../../identity/index.ts";

/** "2019–2021", "2019–" (ongoing), "2019", or null. */
export function yearsText(t: T, start: number | null, end: number | null): string | null {
  if (start == null && end == null) return null;
  if (start != null && end == null) return t("practices.pages.ongoingSince", { year: start });
  if (start == null || start === end) return String(end);
  return `${start}–${end}`;
}

export { JsonLd } from "../../../platform/ui/json-ld.tsx";

/** The catalogue's own stylesheet (a few rules beside Bootstrap Italia); a body <link> is valid HTML. */
export const PracticesCss: FC = () => <link rel="stylesheet" href="/static/app/practices.css" />;
