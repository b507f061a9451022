// Error pages in the user's language. Only catalogue keys reach the page, never internal details.
import type { Ctx } from "../http/context.ts";
import { render } from "./layout.tsx";

export function renderError(c: Ctx, status: number, key: string, params?: Record<string, string | number>) {
  const t = c.get("t");
  return render(
    c,
    { title: t("errors.title") },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{t("errors.title")}</h1>
        <p class="lead">{t(key, params)}</p>
        <p>
          <a href="/">{t("errors.backHome")}</a>
        </p>
      </div>
    </div>,
    status,
  );
}
