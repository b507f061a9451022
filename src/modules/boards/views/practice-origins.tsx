// On a practice's page (the catalogue's slot "practices.practice.after-article"): the participatory
// sessions, and their labs, the practice was promoted from — as far as the viewer may see them.
import type { Ctx } from "../../../platform/http/context.ts";
import { originsOfPractice } from "../origins.ts";
import "../messages.outcomes.ts";

export async function practiceOrigins(c: Ctx, practiceId: string) {
  const origins = await originsOfPractice(c.get("deps"), c.get("actor"), practiceId);
  if (!origins.length) return null;
  const t = c.get("t");
  return (
    <section aria-labelledby="origins-heading" class="mt-4">
      <h2 id="origins-heading" class="h4">
        {t("boards.origins.title")}
      </h2>
      <ul>
        {origins.map((o) => (
          <li>
            {o.session ? (
              <>
                {t("boards.origins.session")} <a href={o.session.url}>{o.session.title}</a>
              </>
            ) : null}
            {o.session && o.lab ? " · " : null}
            {o.lab ? (
              <>
                {t("boards.origins.lab")} <a href={o.lab.url}>{o.lab.title}</a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
