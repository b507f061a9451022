// The top of a practice page: status badge (when not published), network kicker, title, summary and
// theme chips, in the practice's own language.
import type { FC } from "hono/jsx";
import type { T } from "../../../platform/i18n/index.ts";
import { ThemeChips } from "./shared.tsx";
import type { ShowPageData } from "./show-data.ts";

export const PracticeHeader: FC<{ t: T; d: ShowPageData; contentLang: string | undefined }> = ({
  t,
  d,
  contentLang,
}) => {
  const p = d.practice;
  return (
    <header class="mb-4">
      {p.status !== "published" ? (
        <p>
          <span class="badge bg-warning text-dark">{t(`practices.status.${p.status}`)}</span>
        </p>
      ) : null}
      {d.network ? (
        <p class="practice-kicker mb-1">
          <a href={`/networks/${d.network.slug}`}>{d.network.name}</a>
        </p>
      ) : null}
      <h1 id="practice-title" lang={contentLang}>
        {p.title}
      </h1>
      <p class="lead" lang={contentLang}>
        {p.summary}
      </p>
      <ThemeChips t={t} themes={p.themes} label={t("practices.pages.themes")} link />
    </header>
  );
};
