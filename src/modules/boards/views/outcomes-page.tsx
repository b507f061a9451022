// A closed session's summary page (groups ranked by votes with notes, outcomes and actions;
// participation; downloads; what was promoted) and the facilitators' "promote" form.
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Csrf,
  ErrorSummary,
  type FormState,
  PageTitle,
  SelectField,
  SubmitButton,
  TextField,
} from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { figuresLine, groupName, outcomeLine, votesLabel } from "../export.ts";
import type { SessionSummary } from "../outcomes.service.ts";
import type { PromoteContext } from "../promote.service.ts";
import "../messages.outcomes.ts";

const crumbs = (c: Ctx, s: { id: string; title: string }, last?: { href: string; label: string }) => {
  const t = c.get("t");
  return [
    { href: `/boards/${s.id}`, label: s.title },
    ...(last ? [{ href: last.href, label: last.label }] : []),
    { label: last ? t("boards.promote.title") : t("boards.outcomes.summary") },
  ];
};

export function summaryPage(c: Ctx, s: SessionSummary, formatDate: (d: Date) => string) {
  const t = c.get("t");
  const f = { t, lang: c.get("lang") };
  const base = `/boards/${s.session.id}`;
  const title = t("boards.outcomes.title", { title: s.session.title });
  if (!s.closed)
    return render(
      c,
      { title, breadcrumbs: crumbs(c, s.session) },
      <>
        <PageTitle title={title} />
        <p>{t("boards.outcomes.notClosed")}</p>
        <p>
          <a href={base}>{t("boards.outcomes.backToBoard")}</a>
        </p>
      </>,
    );
  const promotedFrom = (id: string) => s.promotions.filter((p) => p.group_id === id || p.note_id === id);
  return render(
    c,
    { title, breadcrumbs: crumbs(c, s.session) },
    <>
      <PageTitle title={title} lead={t("boards.outcomes.lead")} />
      {s.session.closed_at ? (
        <p>{t("boards.outcomes.closedOn", { date: formatDate(s.session.closed_at) })}</p>
      ) : null}
      <section aria-labelledby="figures">
        <h2 id="figures" class="h4">
          {t("boards.outcomes.figures")}
        </h2>
        <dl class="row">
          {(["participants", "contributors", "notes", "groups", "votes"] as const).map((k) => (
            <>
              <dt class="col-sm-4">{t(`boards.outcomes.fig.${k}`)}</dt>
              <dd class="col-sm-8">{s.figures[k]}</dd>
            </>
          ))}
        </dl>
        {s.anonymous ? <p>{t("boards.outcomes.anonymous")}</p> : null}
      </section>
      <section aria-labelledby="downloads">
        <h2 id="downloads" class="h4">
          {t("boards.outcomes.downloads")}
        </h2>
        <ul class="list-inline">
          {(["md", "csv", "pdf"] as const).map((f) => (
            <li class="list-inline-item">
              <a href={`${base}/summary.${f}`} download>
                {t(`boards.outcomes.download.${f}`)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {s.columns.map((col) => (
        <section aria-labelledby={`col-${col.id}`}>
          <h2 id={`col-${col.id}`} class="h4">
            {col.title}
          </h2>
          {col.prompt ? <p class="text-muted">{col.prompt}</p> : null}
          {col.groups.length === 0 ? <p>{t("boards.outcomes.noGroups")}</p> : null}
          <ol class="list-unstyled">
            {col.groups.map((g) => (
              <li class="mb-4">
                <h3 class="h5">
                  {t("boards.outcomes.rank", { rank: g.rank })} {groupName(t, g)}{" "}
                  <span class="badge bg-primary">{votesLabel(t, g.votes)}</span>
                </h3>
                <ul>
                  {g.notes.map((n) => (
                    <li>
                      {n.text}
                      {n.author ? <span class="text-muted"> — {n.author.name}</span> : null}
                      {s.canPromote ? (
                        <>
                          {" "}
                          <a
                            class="small"
                            href={`${base}/promote?source=note:${n.id}`}
                            aria-label={`${t("boards.outcomes.promoteNote")}: ${n.text.slice(0, 80)}`}
                          >
                            {t("boards.outcomes.promoteNote")}
                          </a>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
                {g.outcomes.length ? (
                  <ul class="list-unstyled ms-3">
                    {g.outcomes.map((o) => (
                      <li>
                        <strong>{outcomeLine(f, o)}</strong>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {promotedFrom(g.id).length || g.notes.some((n) => promotedFrom(n.id).length) ? (
                  <ul class="list-unstyled ms-3">
                    {[g.id, ...g.notes.map((n) => n.id)].flatMap(promotedFrom).map((p) => (
                      <li>
                        <a href={p.target_path}>
                          {t(`boards.outcomes.promoted.${p.target}`, { title: p.target_title })}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {s.canPromote ? (
                  <p>
                    <a class="btn btn-outline-primary btn-sm" href={`${base}/promote?source=group:${g.id}`}>
                      {t("boards.outcomes.promoteGroup", { name: groupName(t, g) })}
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <section aria-labelledby="general">
        <h2 id="general" class="h4">
          {t("boards.outcomes.general")}
        </h2>
        {s.general.length ? (
          <ul>
            {s.general.map((o) => (
              <li>{outcomeLine(f, o)}</li>
            ))}
          </ul>
        ) : (
          <p>{t("boards.outcomes.generalNone")}</p>
        )}
      </section>
      {s.promotions.length ? (
        <section aria-labelledby="promoted">
          <h2 id="promoted" class="h4">
            {t("boards.outcomes.promoted")}
          </h2>
          <ul>
            {s.promotions.map((p) => (
              <li>
                <a href={p.target_path}>
                  {t(`boards.outcomes.promoted.${p.target}`, { title: p.target_title })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p class="visually-hidden">{figuresLine(t, s)}</p>
      <p>
        <a href={base}>{t("boards.outcomes.backToBoard")}</a>
      </p>
    </>,
  );
}

export function promotePage(c: Ctx, p: PromoteContext, form: FormState, status = 200) {
  const t = c.get("t");
  const f = { t, lang: c.get("lang") };
  const base = `/boards/${p.session.id}`;
  const { content } = p;
  const labels = {
    title: t("boards.promote.field.title"),
    target: t("boards.promote.field.target"),
    owner: t("boards.promote.field.owner"),
    deadline: t("boards.promote.field.deadline"),
    source: t("boards.promote.source"),
  };
  const options = [
    { value: "practice", label: t("boards.promote.target.practice") },
    ...p.goals.map((g) => ({ value: g.value, label: t("boards.promote.target.action", g) })),
  ];
  return render(
    c,
    {
      title: `${t("boards.promote.title")} · ${p.session.title}`,
      breadcrumbs: crumbs(c, p.session, { href: `${base}/summary`, label: t("boards.outcomes.summary") }),
    },
    <>
      <PageTitle title={t("boards.promote.title")} lead={t("boards.promote.lead")} />
      <ErrorSummary form={form} title={t("boards.promote.errorsTitle")} labels={labels} />
      <section aria-labelledby="source">
        <h2 id="source" class="h5">
          {content.source.kind === "group"
            ? t("boards.promote.sourceGroup", { column: content.column })
            : t("boards.promote.sourceNote", { column: content.column })}
        </h2>
        <ul>
          {content.notes.map((n) => (
            <li>{n}</li>
          ))}
        </ul>
        {content.outcomes.length ? (
          <ul class="list-unstyled ms-3">
            {content.outcomes.map((o) => (
              <li>{outcomeLine(f, o)}</li>
            ))}
          </ul>
        ) : null}
      </section>
      <form method="post" action={`${base}/promote`} novalidate>
        <Csrf token={c.get("csrfToken")()} />
        <input type="hidden" name="source" value={`${content.source.kind}:${content.source.id}`} />
        <TextField form={form} name="title" label={labels.title} required maxlength={150} />
        <SelectField
          form={form}
          name="target"
          label={labels.target}
          options={options}
          required
          hint={p.lab ? t("boards.promote.field.target.hint") : undefined}
        />
        {p.goals.length ? (
          <>
            <TextField form={form} name="owner" label={labels.owner} maxlength={200} />
            <TextField
              form={form}
              name="deadline"
              type="date"
              label={labels.deadline}
              hint={t("boards.promote.field.deadline.hint")}
              maxlength={10}
            />
          </>
        ) : null}
        <SubmitButton label={t("boards.promote.submit")} />
      </form>
      <p class="mt-3">
        <a href={`${base}/summary`}>{t("boards.outcomes.summary")}</a>
      </p>
    </>,
    status,
  );
}
