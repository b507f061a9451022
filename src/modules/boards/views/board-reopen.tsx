// On a closed session's page, for its facilitators: reopening it while the window after closing is
// open (reopen.service.ts), or why it can no longer be reopened. A plain form; a refusal comes back
// here (the alert at the top of the page links to #reopen-form).
import type { FC } from "hono/jsx";
import { formatDate, type Lang, type T } from "../../../platform/i18n/index.ts";
import { Csrf } from "../../../platform/ui/components.tsx";
import { REOPEN_WINDOW_DAYS } from "../policy.ts";
import "../messages.facilitation.ts";

/** Whether this facilitator may still reopen the session, and until when. */
export type ReopenState = { open: boolean; until: Date; closedAt: Date };

export const ReopenSection: FC<{
  t: T;
  lang: Lang;
  zone: string;
  sessionId: string;
  csrf: string;
  reopen: ReopenState;
}> = ({ t, lang, zone, sessionId, csrf, reopen }) => (
  <section aria-labelledby="reopen-heading" class="mb-4" id="reopen-form">
    <h2 id="reopen-heading" class="h4">
      {t("boards.reopen.heading")}
    </h2>
    {reopen.open ? (
      <form method="post" action={`/boards/${sessionId}/reopen`}>
        <Csrf token={csrf} />
        <p>{t("boards.reopen.until", { date: formatDate(lang, reopen.until, zone, true) })}</p>
        <button type="submit" class="btn btn-sm btn-outline-primary">
          {t("boards.reopen.button")}
        </button>
      </form>
    ) : (
      <p>
        {t("boards.reopen.tooLate", {
          n: REOPEN_WINDOW_DAYS,
          date: formatDate(lang, reopen.closedAt, zone),
        })}
      </p>
    )}
  </section>
);
