// The catalogue's search form: the search box, the sort order and the submit button (one GET form, so
// it works without JavaScript; the filter controls join it from the side panel).
import type { FC } from "hono/jsx";
import type { T } from "../../../platform/i18n/index.ts";
import { FORM, type ListState } from "./list-state.ts";

export const SearchForm: FC<{ t: T; state: ListState }> = ({ t, state }) => (
  <search>
    <form
      id={FORM}
      method="get"
      action="/practices"
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
        <div class="col-md-3">
          <div class="select-wrapper">
            <label for="sort">{t("practices.pages.sort")}</label>
            <select id="sort" name="sort">
              <option value="">{t("practices.pages.sortDefault")}</option>
              <option value="relevance" selected={state.sort === "relevance"}>
                {t("practices.pages.sortRelevance")}
              </option>
              <option value="date" selected={state.sort === "date"}>
                {t("practices.pages.sortDate")}
              </option>
            </select>
          </div>
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
