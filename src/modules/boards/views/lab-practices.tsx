// The good practices that came out of a lab's participatory sessions (promoted from a summary), for
// the lab page: one async component call there. Only those the viewer may read; nothing when none.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { practicesFromLab } from "../origins.ts";
import "../messages.outcomes.ts";

export const LabPractices: FC<{ c: Ctx; labId: string }> = async ({ c, labId }) => {
  const practices = await practicesFromLab(c.get("deps"), c.get("actor"), labId);
  if (!practices.length) return null;
  const t = c.get("t");
  return (
    <section aria-labelledby="lab-practices" class="mt-4">
      <h2 id="lab-practices" class="h4">
        {t("boards.outcomes.labPractices")}
      </h2>
      <ul>
        {practices.map((p) => (
          <li>
            <a href={p.url}>{p.title}</a>
            {p.status === "published" ? null : ` (${t("boards.outcomes.draftPractice")})`}
          </li>
        ))}
      </ul>
    </section>
  );
};
