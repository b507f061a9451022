// The page behind an unsubscribe link: a GET only asks (link scanners open links in mails), the
// button posts; one-click clients POST the same address directly (RFC 8058) and get this page too.
import type { Ctx } from "../../../platform/http/context.ts";
import { render } from "../../../platform/ui/layout.tsx";

export function unsubscribePage(
  c: Ctx,
  p: { what: string; done: boolean; token: string } | null,
  status = 200,
) {
  const t = c.get("t");
  const title = t("notifications.unsubscribe.title");
  return render(
    c,
    { title },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{title}</h1>
        {!p ? (
          <p>{t("notifications.unsubscribe.invalid")}</p>
        ) : p.done ? (
          <>
            <p class="lead" role="status">
              {t("notifications.unsubscribe.done", { what: p.what })}
            </p>
            <p>
              <a href="/account/notifications">{t("notifications.unsubscribe.settings")}</a>
            </p>
          </>
        ) : (
          <>
            <p class="lead">{t("notifications.unsubscribe.ask", { what: p.what })}</p>
            {/* The token in the address is the credential: no CSRF field (platform/http/csrf.ts). */}
            <form method="post" action={`/unsubscribe/${p.token}`}>
              <button type="submit" class="btn btn-primary">
                {t("notifications.unsubscribe.confirm")}
              </button>
            </form>
          </>
        )}
      </div>
    </div>,
    status,
  );
}
