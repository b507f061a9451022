// On a practice's page (the catalogue's slot "practices.practice.after-article"): the funding calls
// linked to it that the viewer may see, soonest deadline first.
import type { Ctx } from "../../../platform/http/context.ts";
import { fundingCallsForPractice } from "../funding.service.ts";
import "../messages.ts";
import { dateTimeFormat } from "../../../platform/i18n/index.ts";

export async function practiceFunding(c: Ctx, practiceId: string) {
  const calls = await fundingCallsForPractice(c.get("deps"), c.get("actor"), practiceId);
  if (!calls.length) return null;
  const t = c.get("t");
  const lang = c.get("lang");
  return (
    <section aria-labelledby="funding-heading" class="mt-4">
      <h2 id="funding-heading" class="h4">
        {t("funding.practice.title")}
      </h2>
      <ul>
        {calls.map((f) => (
          <li>
            <a href={`/funding/${f.slug}`}>{f.title}</a>{" "}
            <span class="text-muted">
              {t("funding.practice.deadline", {
                date: dateTimeFormat(lang, { dateStyle: "long", timeZone: f.timeZone }).format(f.deadline),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
