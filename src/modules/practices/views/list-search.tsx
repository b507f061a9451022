// The catalogue's search form: the search box, the sort order and the submit button (one GET form, so
// it works without JavaScript; the filter controls join it from the side panel). It leads to the
// results heading (#results), which takes the focus: by the fragment without JavaScript, by
// public/practices.js with it (which also leaves empty fields out of the URL; without it, the
// server redirects to the URL without them).
import type { FC } from "hono/jsx";
import type { T } from "../../../platform/i18n/index.ts";
import { FORM, type ListState } from "./list-state.ts";

export const SearchForm: FC<{ t: T; state: ListState }> = ({ t, state }) => (
  <search>
    <form
      id={FORM}
      method="get"
      action="/practices#results"
      class="practice-search mb-4"
      aria-label={t("practices.pages.searchLabel")}
    >
      <div class="row g-3 align-items-end">
        <div class="col-md-7">
          <label for="q" class="form-label fw-semibold">
            {t("practices.pages.searchLabel")}
          </label>
          <input
            type="search"
            id="q"
            name="q"
            class="form-control"
            value={state.q}
            maxlength={200}
            aria-describedby="q-hint"
          />
          <small id="q-hint" class="form-text">
            {t("practices.pages.searchHint")}
          </small>
        </div>
        {/* Stacked on a phone, the sort's floating label needs more than the row's gutter above it. */}
        <div class="col-md-3 mt-5 mt-md-3">
          <div class="select-wrapper">
            <label for="sort">{t("practices.pages.sort")}</label>
            {/* One relevance order, the default (no value: a clean URL); without a query it is newest first. */}
            <select id="sort" name="sort" aria-describedby="sort-hint">
              <option value="" selected={state.sort !== "date"}>
                {t("practices.pages.sortRelevance")}
              </option>
              <option value="date" selected={state.sort === "date"}>
                {t("practices.pages.sortDate")}
              </option>
            </select>
          </div>
          <small id="sort-hint" class="form-text">
            {t("practices.pages.sortHint")}
          </small>
        </div>
        <div class="col-md-2">
          <button type="submit" class="btn btn-primary w-100">
            {t("practices.pages.search")}
          </button>
        </div>
      </div>
    </form>
  </search>
);
