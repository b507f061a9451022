// "Notifiche" (/me/notifications): newest first, the unread ones marked, each a link that marks it
// read on the way; "mark all as read"; the lab or network a notice is about can be muted from it.

import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate, type Lang } from "../../../platform/i18n/index.ts";
import { Csrf } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { NotificationRow } from "../notifications.repo.ts";

export function listPage(
  c: Ctx,
  p: { items: NotificationRow[]; unread: number; next: string | null; zone: string },
) {
  const t = c.get("t");
  const lang = c.get("lang") as Lang;
  const csrf = c.get("csrfToken")();
  return render(
    c,
    {
      title: t("notifications.list.title"),
      breadcrumbs: [{ href: "/me", label: t("notifications.myArea") }],
    },
    <div class="row">
      <div class="col-12 col-lg-9">
        <h1>{t("notifications.list.title")}</h1>
        <p class="lead">
          {p.unread ? t("notifications.list.unread", { n: p.unread }) : t("notifications.list.allRead")}
        </p>
        <div class="d-flex flex-wrap gap-3 mb-4">
          {p.unread ? (
            <form method="post" action="/me/notifications/read-all">
              <Csrf token={csrf} />
              <button type="submit" class="btn btn-outline-primary btn-sm">
                {t("notifications.list.readAll")}
              </button>
            </form>
          ) : null}
          <a class="btn btn-outline-primary btn-sm" href="/account/notifications">
            {t("notifications.list.settings")}
          </a>
        </div>
        {p.items.length ? (
          <ul class="list-unstyled notification-list">
            {p.items.map((n) => (
              <li class={`notification-item${n.read_at ? "" : " notification-unread"}`}>
                <form method="post" action={`/me/notifications/${n.id}/open`} class="d-inline">
                  <Csrf token={csrf} />
                  <button type="submit" class="btn btn-link p-0 text-start notification-open">
                    {n.read_at ? null : (
                      <span class="badge bg-primary me-2">{t("notifications.list.new")}</span>
                    )}
                    {t(n.text_key, n.text_params)}
                  </button>
                </form>
                <p class="small text-muted mb-0">
                  {formatDate(lang, n.created_at, p.zone, true)}
                  {n.scope_id && n.scope_kind && n.scope_name ? (
                    <>
                      {" · "}
                      <form method="post" action="/me/notifications/mutes" class="d-inline">
                        <Csrf token={csrf} />
                        <input type="hidden" name="kind" value={n.scope_kind} />
                        <input type="hidden" name="id" value={n.scope_id} />
                        <input type="hidden" name="name" value={n.scope_name} />
                        <button type="submit" class="btn btn-link btn-sm p-0 align-baseline">
                          {t(`notifications.mute.${n.scope_kind}`, { name: n.scope_name })}
                        </button>
                      </form>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("notifications.list.empty")}</p>
        )}
        {p.next ? (
          <p>
            <a href={`/me/notifications?before=${encodeURIComponent(p.next)}`}>
              {t("notifications.list.older")}
            </a>
          </p>
        ) : null}
      </div>
    </div>,
  );
}
