// The catalogue's pagination: previous, up to five page numbers around the current one, and next; each
// link keeps the search and the filters.
import type { FC } from "hono/jsx";
import type { T } from "../../../platform/i18n/index.ts";
import { type ListState, listHref } from "./list-state.ts";

export const Pagination: FC<{ t: T; state: ListState; pages: number }> = ({ t, state, pages }) => {
  if (pages <= 1) return null;
  const cur = state.page;
  const from = Math.max(1, Math.min(cur - 2, pages - 4));
  const nums = Array.from({ length: Math.min(5, pages) }, (_, i) => from + i);
  return (
    <nav class="pagination-wrapper" aria-label={t("practices.pages.pagination")}>
      <ul class="pagination">
        <li class={`page-item${cur <= 1 ? " disabled" : ""}`}>
          {cur <= 1 ? (
            <span class="page-link">{t("practices.pages.previous")}</span>
          ) : (
            <a class="page-link" href={listHref(state, { page: cur - 1 })} rel="prev">
              {t("practices.pages.previous")}
            </a>
          )}
        </li>
        {nums.map((n) => (
          <li class="page-item">
            <a
              class="page-link"
              href={listHref(state, { page: n })}
              aria-current={n === cur ? "page" : undefined}
            >
              <span class="visually-hidden">{t("practices.pages.page")} </span>
              {n}
            </a>
          </li>
        ))}
        <li class={`page-item${cur >= pages ? " disabled" : ""}`}>
          {cur >= pages ? (
            <span class="page-link">{t("practices.pages.next")}</span>
          ) : (
            <a class="page-link" href={listHref(state, { page: cur + 1 })} rel="next">
              {t("practices.pages.next")}
            </a>
          )}
        </li>
      </ul>
    </nav>
  );
};
