// The header's link to the list, with the unread count (one row read by key, never a count(*)):
// filled into the layout's `layout.header.account` slot. On every page: remembered as the session is
// (until the next write — a notification or its reading is one — 2 s at most across processes).
import type { Deps } from "../../../platform/deps.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import { untilNextWrite } from "../../../platform/http/render-cache.ts";
import { unreadCount } from "../service.ts";

const unreadOf = untilNextWrite((deps: Deps, accountId: string) => unreadCount(deps.db, accountId));

export async function notificationBadge(c: Ctx, accountId: string) {
  const t = c.get("t");
  const n = await unreadOf(c.get("deps"), accountId);
  // The count is the visible text, so the link's name starts with words and ends with it (WCAG 2.5.3).
  return (
    <a class="btn btn-outline-light btn-sm notification-badge" href="/me/notifications">
      <span class="visually-hidden">
        {n ? t("notifications.badge.unread") : t("notifications.badge.none")}
      </span>
      <svg
        aria-hidden="true"
        focusable="false"
        width="16"
        height="16"
        viewBox="0 0 24 24"
        fill="currentColor"
      >
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5-6.71V3.5a2 2 0 0 0-4 0v.79A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
      </svg>
      {n ? <span class="badge bg-light text-primary ms-1">{n > 99 ? "99+" : String(n)}</span> : null}
    </a>
  );
}
