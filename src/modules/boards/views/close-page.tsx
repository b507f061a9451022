// "Close the session?": the confirmation step before a facilitator closes a session, a page of its
// own so it works without JavaScript. It says what closing does (no more notes, votes or outcomes;
// the summary becomes final and its groups may be promoted) and that it can be undone for a while,
// and posts the same `end` command the board's tools always sent, now marked as confirmed.
import type { Child } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import type { T } from "../../../platform/i18n/index.ts";
import { Csrf } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { SessionRow } from "../boards.repo.ts";
import { REOPEN_WINDOW_DAYS } from "../policy.ts";
import "../messages.facilitation.ts";

/** The field that marks a close as confirmed (a close posted without it asks first). */
export const CONFIRM_FIELD = "confirm";

/** What closing does, and the confirmed `end` form; `cancel` is how to step back (a link or a button). */
export function CloseConfirm({
  t,
  csrf,
  sessionId,
  formId,
  cancel,
}: {
  t: T;
  csrf: string;
  sessionId: string;
  formId: string;
  cancel: Child;
}) {
  return (
    <>
      <ul>
        <li>{t("boards.close.what.final")}</li>
        <li>{t("boards.close.what.summary")}</li>
        <li>{t("boards.close.what.reopen", { n: REOPEN_WINDOW_DAYS })}</li>
      </ul>
      <form method="post" action={`/boards/${sessionId}/commands`} id={formId} class="d-flex flex-wrap gap-3">
        <Csrf token={csrf} />
        <input type="hidden" name="command" value="end" />
        <input type="hidden" name="form" value="end-form" />
        <input type="hidden" name={CONFIRM_FIELD} value="yes" />
        <button type="submit" class="btn btn-danger">
          {t("boards.close.confirm")}
        </button>
        {cancel}
      </form>
    </>
  );
}

export function closePage(c: Ctx, session: SessionRow, network: { slug: string; name: string }) {
  const t = c.get("t");
  const back = `/boards/${session.id}`;
  return render(
    c,
    {
      title: t("boards.close.title", { title: session.title }),
      breadcrumbs: [
        { href: `/networks/${network.slug}`, label: network.name },
        { href: `/networks/${network.slug}/boards`, label: t("boards.title") },
        { href: back, label: session.title },
        { label: t("boards.close.crumb") },
      ],
    },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{t("boards.close.heading")}</h1>
        <p class="lead">{session.title}</p>
        <CloseConfirm
          t={t}
          csrf={c.get("csrfToken")()}
          sessionId={session.id}
          formId="close-confirm-form"
          cancel={
            <a class="btn btn-outline-primary" href={back}>
              {t("boards.close.cancel")}
            </a>
          }
        />
      </div>
    </div>,
  );
}
