// The compact summary of a lab's (or a meeting's) closed sessions, for the lab and meeting pages:
// one async component call there. Only sessions the viewer may see; nothing at all when none.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { figuresLine, groupName, votesLabel } from "../export.ts";
import { closedSummaries } from "../outcomes.service.ts";
import "../messages.outcomes.ts";

export const BoardOutcomes: FC<{ c: Ctx; labId?: string; meetingId?: string }> = async ({
  c,
  labId,
  meetingId,
}) => {
  const where = meetingId ? { meetingId } : labId ? { labId } : null;
  if (!where) return null;
  const summaries = await closedSummaries(c.get("deps"), c.get("actor"), where);
  if (!summaries.length) return null;
  const t = c.get("t");
  return (
    <section aria-labelledby="board-outcomes" class="mt-4">
      <h2 id="board-outcomes" class="h4">
        {t("boards.outcomes.panel.title")}
      </h2>
      {summaries.map((s) => (
        <article class="mb-3" aria-labelledby={`board-outcomes-${s.session.id}`}>
          <h3 id={`board-outcomes-${s.session.id}`} class="h5">
            {s.session.title}
          </h3>
          <p class="mb-1">{figuresLine(t, s)}</p>
          {s.top.length ? (
            <>
              <p class="mb-1 fw-semibold">{t("boards.outcomes.panel.top")}</p>
              <ol class="mb-1">
                {s.top.map((g) => (
                  <li>
                    {groupName(t, g)} ({g.column}) — {votesLabel(t, g.votes)}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          <p>
            <a href={`/boards/${s.session.id}/summary`}>
              {t("boards.outcomes.panel.link", { title: s.session.title })}
            </a>
          </p>
        </article>
      ))}
    </section>
  );
};
