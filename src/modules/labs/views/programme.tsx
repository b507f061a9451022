// A lab's programme, one row per meeting: when, how (in presence, online, hybrid), places left, the
// viewer's own state and a register or cancel button that posts without JavaScript and comes back
// here. A meeting reserved to public administrations says so, and why there is no button (0052).
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf } from "../../../platform/ui/components.tsx";
import type { Lab, Meeting } from "../labs.types.ts";
import type { ProgrammeRow } from "../meetings/programme.service.ts";
import { formatWhen } from "../when.ts";
import { AgendaList } from "./agenda.tsx";

/** A one-button form that comes back to where it was (`from`: the lab page, or the person's area). */
export const RowButton: FC<{
  c: Ctx;
  action: string;
  label: string;
  title: string;
  danger?: boolean;
  from?: "lab" | "me";
}> = (p) => (
  <form method="post" action={p.action} class="d-inline">
    <Csrf token={p.c.get("csrfToken")()} />
    <input type="hidden" name="from" value={p.from ?? "lab"} />
    <button type="submit" class={`btn btn-sm ${p.danger ? "btn-outline-danger" : "btn-primary"}`}>
      {p.label}
      <span class="visually-hidden"> – {p.title}</span>
    </button>
  </form>
);

function action(c: Ctx, lab: Lab, row: ProgrammeRow) {
  const t = c.get("t");
  const m = row.meeting;
  const base = `/labs/${lab.slug}/meetings/${m.slug}`;
  if (row.mine && m.status === "scheduled" && m.startsAt > row.now)
    return <RowButton c={c} action={`${base}/cancel`} label={t("labs.reg.cancel")} title={m.title} danger />;
  if (row.mine) return null;
  if (row.block) return <p class="mb-0 small">{t(row.block)}</p>;
  if (row.paOnly)
    return <p class="mb-0 small">{t(row.signedIn ? "labs.reg.paOnly" : "labs.reg.paOnlySignIn")}</p>;
  if (!row.signedIn) return null;
  // Questions are answered on the meeting's page: the row links there instead of posting.
  if (m.questions.length)
    return (
      <a class="btn btn-sm btn-outline-primary" href={`${base}#registration`}>
        {t("labs.programme.answerToRegister")}
        <span class="visually-hidden"> – {m.title}</span>
      </a>
    );
  return <RowButton c={c} action={`${base}/register`} label={t("labs.reg.register")} title={m.title} />;
}

const places = (c: Ctx, m: Meeting) =>
  m.capacity === null
    ? c.get("t")("labs.meetings.unlimited")
    : c.get("t")("labs.meetings.placesLeft", {
        left: Math.max(0, m.capacity - m.confirmed),
        capacity: m.capacity,
      });

export const Programme: FC<{ c: Ctx; lab: Lab; rows: ProgrammeRow[] }> = ({ c, lab, rows }) => {
  const t = c.get("t");
  const lang = c.get("lang");
  return (
    <ol class="list-unstyled">
      {rows.map((row) => {
        const m = row.meeting;
        return (
          <li class="mb-4" id={`meeting-${m.slug}`}>
            <h3 class="h5">
              <a href={`/labs/${lab.slug}/meetings/${m.slug}`}>{m.title}</a>
              {m.kind ? <span class="badge bg-secondary ms-2">{m.kind}</span> : null}
              {m.registration === "pa" ? (
                <span class="badge bg-warning text-dark ms-2">{t("labs.reg.paBadge")}</span>
              ) : null}
            </h3>
            <dl class="row mb-2 small">
              <dt class="col-sm-3">{t("labs.programme.when")}</dt>
              <dd class="col-sm-9">{formatWhen(lang, m)}</dd>
              <dt class="col-sm-3">{t("labs.meetings.mode")}</dt>
              <dd class="col-sm-9">
                {t(`labs.meetings.mode.${m.mode}`)}
                {m.venue && m.mode !== "online" ? ` · ${m.venue}` : ""}
              </dd>
              {m.status === "scheduled" ? (
                <>
                  <dt class="col-sm-3">{t("labs.meetings.places")}</dt>
                  <dd class="col-sm-9">{places(c, m)}</dd>
                </>
              ) : null}
              {row.signedIn ? (
                <>
                  <dt class="col-sm-3">{t("labs.programme.yourState")}</dt>
                  <dd class="col-sm-9">{t(`labs.programme.state.${row.mine?.status ?? "none"}`)}</dd>
                </>
              ) : null}
            </dl>
            {m.status !== "scheduled" ? (
              <p class="mb-1 fw-semibold">{t(`labs.meetings.status.${m.status}`)}</p>
            ) : null}
            <div class="mb-2">{action(c, lab, row)}</div>
            <AgendaList t={t} items={m.agenda} />
          </li>
        );
      })}
    </ol>
  );
};
