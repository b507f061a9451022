// Notifications' section of the person's own area (/me, slot `identity.me.sections`): how many are
// unread and the latest of them, the way to all of them and to the preferences.
import type { Ctx } from "../../../platform/http/context.ts";
import { notificationsPage, unreadCount } from "../service.ts";

const SHOWN = 3;

export async function notificationsSection(c: Ctx, accountId: string) {
  const deps = c.get("deps");
  const t = c.get("t");
  const [unread, latest] = await Promise.all([
    unreadCount(deps.db, accountId),
    notificationsPage(deps, accountId, { unreadOnly: true, limit: SHOWN }),
  ]);
  return (
    <section aria-labelledby="me-notifications" class="mb-4">
      <h2 id="me-notifications" class="h4">
        {t("notifications.list.title")}
      </h2>
      <p>{unread ? t("notifications.list.unread", { n: unread }) : t("notifications.list.allRead")}</p>
      {latest.items.length ? (
        <ul>
          {latest.items.map((n) => (
            <li>{t(n.text_key, n.text_params)}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href="/me/notifications">{t("notifications.me.all")}</a> ·{" "}
        <a href="/account/notifications">{t("notifications.list.settings")}</a>
      </p>
    </section>
  );
}
