// On a lab's or a meeting's page (slots.tsx): its open sessions, each with a link to take part (or
// to go back to, for those who already do), and "start a session here" for those who may; above
// the closed sessions' outcomes. Nothing at all when there is nothing to show.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { sessionsHere } from "../here.service.ts";
import "../messages.here.ts";

export const SessionsHere: FC<{ c: Ctx; labId?: string; meetingId?: string }> = async ({
  c,
  labId,
  meetingId,
}) => {
  const where = meetingId ? { meetingId } : labId ? { labId } : null;
  if (!where) return null;
  const here = await sessionsHere(c.get("deps"), c.get("actor"), where);
  if (!here) return null;
  const t = c.get("t");
  const scope = meetingId ? "meeting" : "lab";
  return (
    <section aria-labelledby="board-sessions-here" class="mt-4">
      <h2 id="board-sessions-here" class="h4">
        {t("boards.here.title")}
      </h2>
      {here.open.length ? (
        <ul class="list-unstyled">
          {here.open.map((s) => (
            <li class="mb-2">
              <span class="fw-semibold">{s.title}</span> · {t("boards.phase")}: {t(`boards.phase.${s.phase}`)}{" "}
              · {/* Short on screen; the title completes the link's name for screen readers. */}
              <a href={`/boards/${s.id}`}>
                {t(s.joined ? "boards.here.open" : "boards.here.join")}
                <span class="visually-hidden">: {s.title}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t(`boards.here.none.${scope}`)}</p>
      )}
      {here.startUrl ? (
        <p>
          <a class="btn btn-sm btn-outline-primary" href={here.startUrl}>
            {t(`boards.here.start.${scope}`)}
          </a>
        </p>
      ) : null}
    </section>
  );
};
