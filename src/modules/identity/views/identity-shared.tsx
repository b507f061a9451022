// Small pieces shared by the organisation, network, invitation and admin pages.
import type { FC } from "hono/jsx";
import { notFound } from "../../../platform/errors.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import type { T } from "../../../platform/i18n/index.ts";
import { ORGANISATION_TYPES } from "../tables.ts";

export const typeOptions = (t: T) =>
  ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`identity.orgTypes.${type}`) }));

/** Previous/next links for a paged list, keeping the other query parameters. */
export const Pagination: FC<{ c: Ctx; page: number; pages: number }> = ({ c, page, pages }) => {
  if (pages <= 1) return null;
  const t = c.get("t");
  const href = (p: number) => {
    const url = new URL(c.req.url);
    url.searchParams.set("page", String(p));
    return `${url.pathname}?${url.searchParams.toString()}`;
  };
  return (
    <nav class="pagination-wrapper" aria-label={t("identity.pagination.label")}>
      <ul class="pagination">
        {page > 1 ? (
          <li class="page-item">
            <a class="page-link" href={href(page - 1)}>
              {t("identity.pagination.previous")}
            </a>
          </li>
        ) : null}
        <li class="page-item">
          <span class="page-link" aria-current="page">
            {t("identity.pagination.status", { page, pages })}
          </span>
        </li>
        {page < pages ? (
          <li class="page-item">
            <a class="page-link" href={href(page + 1)}>
              {t("identity.pagination.next")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
};

/** A one-button form posting to `action` (confirm, remove, revoke…), with its CSRF token. */
export const ActionButton: FC<{
  c: Ctx;
  action: string;
  label: string;
  kind?: "primary" | "outline-primary" | "outline-danger" | "danger";
  fields?: Record<string, string>;
  /** Text for screen readers when the visible label alone is ambiguous in a list. */
  srContext?: string;
}> = ({ c, action, label, kind, fields, srContext }) => (
  <form method="post" action={action} class="d-inline">
    <input type="hidden" name="_csrf" value={c.get("csrfToken")()} />
    {Object.entries(fields ?? {}).map(([k, v]) => (
      <input type="hidden" name={k} value={v} />
    ))}
    <button type="submit" class={`btn btn-sm btn-${kind ?? "outline-primary"}`}>
      {label}
      {srContext ? <span class="visually-hidden"> {srContext}</span> : null}
    </button>
  </form>
);

/** Further than any list goes: a page number above it names no page (and `1e308` no SQL offset). */
const MAX_PAGE = 100_000;

/** The page number from ?page=, 1 when missing or not a positive integer; a 404 beyond MAX_PAGE. */
export function pageParam(c: Ctx): number {
  const n = Number(c.req.query("page"));
  if (!Number.isInteger(n) || n < 1) return 1;
  if (n > MAX_PAGE) throw notFound();
  return n;
}
