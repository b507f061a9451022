// Labs' section of the person's own area (/me, slot `identity.me.sections`): their next meetings,
// registered or waiting, and the way to all of them and the personal calendar feed.
import type { Ctx } from "../../../platform/http/context.ts";
import { myMeetings } from "../meetings/calendar.service.ts";
import { formatWhen } from "../when.ts";
import { myLabInvitationsSection } from "./me-invitations.tsx";
import { RowButton } from "./programme.tsx";

/** How many upcoming meetings the section lists; the meetings page has them all. */
const SHOWN = 5;

/** Labs' part of /me: invitations waiting for an answer (when any), then the next meetings. */
export async function myLabsSections(c: Ctx) {
  const [invitations, meetings] = await Promise.all([myLabInvitationsSection(c), myMeetingsSection(c)]);
  return (
    <>
      {invitations}
      {meetings}
    </>
  );
}

async function myMeetingsSection(c: Ctx) {
  const actor = c.get("actor");
  if (!actor) return null;
  const deps = c.get("deps");
  const t = c.get("t");
  const lang = c.get("lang");
  const now = deps.clock.now().getTime();
  const next = (await myMeetings(deps, actor))
    .filter(({ meeting }) => meeting.endsAt.getTime() > now && meeting.status !== "cancelled")
    .sort((a, b) => a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime())
    .slice(0, SHOWN);
  return (
    <section aria-labelledby="me-meetings" class="mb-4">
      <h2 id="me-meetings" class="h4">
        {t("labs.me.title")}
      </h2>
      {next.length === 0 ? (
        <p>{t("labs.me.none")}</p>
      ) : (
        <ul class="list-unstyled">
          {next.map(({ lab, meeting: m, status, code }) => (
            <li class="mb-2">
              <a href={`/labs/${lab.slug}/meetings/${m.slug}`}>{m.title}</a>
              <span class="d-block small">
                {lab.title} · {formatWhen(lang, m)} ·{" "}
                {status === "confirmed"
                  ? t("labs.my.status.confirmed", { code })
                  : t("labs.my.status.waitlisted")}
              </span>
              {m.startsAt.getTime() > now ? (
                <RowButton
                  c={c}
                  action={`/labs/${lab.slug}/meetings/${m.slug}/cancel`}
                  label={t("labs.reg.cancel")}
                  title={m.title}
                  danger
                  from="me"
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/me/meetings">{t("labs.me.all")}</a> · <a href="/labs">{t("labs.me.labs")}</a>
      </p>
    </section>
  );
}
