// The network's list of sessions, the form to create one, and the join page of a session's link.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import {
  Checkbox,
  Csrf,
  ErrorSummary,
  type FormState,
  PageTitle,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { SessionRow } from "../boards.repo.ts";
import type { SavedTemplate, TemplateSettings } from "../templates.repo.ts";
import { TEMPLATE_CODES } from "../templates.ts";
import "../messages.here.ts";
import "../messages.templates.ts";

type NetworkRef = { slug: string; name: string };

export function sessionsListPage(
  c: Ctx,
  network: NetworkRef,
  sessions: Pick<SessionRow, "id" | "title" | "phase" | "created_at">[],
  canCreate: boolean,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  return render(
    c,
    {
      title: `${t("boards.title")} · ${network.name}`,
      breadcrumbs: [{ href: `/networks/${network.slug}`, label: network.name }, { label: t("boards.title") }],
    },
    <>
      <PageTitle title={t("boards.title")} lead={t("boards.lead")}>
        {canCreate ? (
          <p>
            <a class="btn btn-primary" href={`/networks/${network.slug}/boards/new`}>
              {t("boards.new")}
            </a>
          </p>
        ) : null}
      </PageTitle>
      {sessions.length === 0 ? (
        <p>{t("boards.none")}</p>
      ) : (
        <ul class="list-unstyled">
          {sessions.map((s) => (
            <li class="mb-3">
              <h2 class="h5 mb-1">
                <a href={`/boards/${s.id}`}>{s.title}</a>
              </h2>
              <p class="mb-0">
                {t("boards.phase")}: {t(`boards.phase.${s.phase}`)} ·{" "}
                {t("boards.createdOn", { date: formatDate(lang, s.created_at, "Europe/Rome") })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>,
  );
}

/** The form's settings fields for a saved template's settings, or the defaults (checkboxes off). */
export function settingsValues(s: TemplateSettings | null): Record<string, string> {
  const flags: Record<string, string> = {};
  for (const k of ["privateCollect", "anonymous", "hideVotes", "guestsAllowed"] as const)
    if (s?.[k]) flags[k] = "on";
  return {
    ...flags,
    maxNoteLength: String(s?.maxNoteLength ?? 280),
    voteBudget: String(s?.voteBudget ?? 5),
    groupCap: String(s?.groupCap ?? 3),
    timerMinutes: String(s?.timerMinutes ?? 5),
  };
}

/** What the new-session form offers: the network's labs and saved templates, and its meeting. */
export type NewSessionContext = {
  network: NetworkRef & { id: string };
  labs: { id: string; title: string }[];
  saved: SavedTemplate[];
  /** The meeting the session is for (from a meeting's page), when there is one. */
  meeting: { id: string; title: string } | null;
};

export function newSessionPage(c: Ctx, page: NewSessionContext, form: FormState, status = 200) {
  const { network, labs, saved, meeting } = page;
  const t = c.get("t");
  const lang = c.get("lang");
  const title = t("boards.newIn", { network: network.name });
  const labels: Record<string, string> = {
    title: t("boards.form.title"),
    template: t("boards.form.template"),
    columns: t("boards.form.columns"),
    lab: t("boards.form.lab"),
    meeting: t("boards.form.lab"),
    maxNoteLength: t("boards.form.maxNoteLength"),
    voteBudget: t("boards.form.voteBudget"),
    groupCap: t("boards.form.groupCap"),
    timerMinutes: t("boards.form.timerMinutes"),
  };
  return formPage(
    c,
    {
      title,
      breadcrumbs: [
        { href: `/networks/${network.slug}`, label: network.name },
        { href: `/networks/${network.slug}/boards`, label: t("boards.title") },
        { label: t("boards.new") },
      ],
      form,
      labels,
      action: `/networks/${network.slug}/boards`,
      submit: t("boards.form.create"),
      children: (
        <>
          {meeting ? (
            <>
              <input type="hidden" name="meeting" value={meeting.id} />
              <p>
                <strong>{t("boards.form.meeting")}:</strong> {meeting.title}
              </p>
            </>
          ) : null}
          <TextField form={form} name="title" label={labels.title!} required maxlength={200} />
          <SelectField
            form={form}
            name="template"
            label={labels.template!}
            required
            options={[
              ...TEMPLATE_CODES.map((code) => ({ value: code, label: t(`boards.template.${code}`) })),
              // The network's saved templates, each with who saved it and when.
              ...saved.map((s) => ({
                value: `saved:${s.id}`,
                label: t("boards.templates.option", {
                  name: s.name,
                  by: s.createdByName,
                  date: formatDate(lang, s.createdAt, "Europe/Rome"),
                }),
              })),
            ]}
          />
          <p class="mb-4">
            <a href={`/networks/${network.slug}/boards/templates`}>{t("boards.templates.manage")}</a>
          </p>
          <TextArea
            form={form}
            name="columns"
            label={labels.columns!}
            hint={t("boards.form.columnsHint")}
            rows={4}
          />
          {labs.length ? (
            <SelectField
              form={form}
              name="lab"
              label={labels.lab!}
              options={[
                { value: "", label: t("boards.form.noLab") },
                ...labs.map((l) => ({ value: l.id, label: l.title })),
              ]}
            />
          ) : null}
          <fieldset class="mb-4">
            <legend class="h5">{t("boards.form.settings")}</legend>
            <Checkbox form={form} name="privateCollect" label={t("boards.form.privateCollect")} />
            <Checkbox form={form} name="anonymous" label={t("boards.form.anonymous")} />
            <Checkbox form={form} name="hideVotes" label={t("boards.form.hideVotes")} />
            <Checkbox form={form} name="guestsAllowed" label={t("boards.form.guestsAllowed")} />
          </fieldset>
          <TextField form={form} name="maxNoteLength" type="number" label={labels.maxNoteLength!} />
          <TextField form={form} name="voteBudget" type="number" label={labels.voteBudget!} />
          <TextField form={form} name="groupCap" type="number" label={labels.groupCap!} />
          <TextField
            form={form}
            name="timerMinutes"
            type="number"
            label={labels.timerMinutes!}
            hint={t("boards.form.timerMinutesHint")}
          />
        </>
      ),
    },
    status,
  );
}

export function joinPage(
  c: Ctx,
  session: SessionRow,
  p: { signedIn: boolean; canJoinAsAccount: boolean; form: FormState; notice?: string },
  status = 200,
) {
  const t = c.get("t");
  const title = t("boards.join.title", { title: session.title });
  const url = new URL(c.req.url);
  return render(
    c,
    { title },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{title}</h1>
        {p.notice ? (
          <div class="alert alert-danger" role="alert">
            {p.notice}
          </div>
        ) : null}
        <ErrorSummary
          form={p.form}
          title={t("form.errorSummary")}
          labels={{ name: t("boards.join.guestName") }}
        />
        {session.phase === "closed" ? <p>{t("boards.join.closed")}</p> : null}
        {session.phase !== "closed" && p.canJoinAsAccount ? (
          <form method="post" action={url.pathname} class="mb-4">
            <Csrf token={c.get("csrfToken")()} />
            <SubmitButton label={t("boards.join")} />
          </form>
        ) : null}
        {session.phase !== "closed" && !p.signedIn ? (
          <p>
            <a href={`/sign-in?next=${encodeURIComponent(url.pathname)}`}>{t("boards.join.signIn")}</a>
          </p>
        ) : null}
        {session.phase !== "closed" && !p.signedIn && session.guests_allowed ? (
          <form method="post" action={url.pathname} novalidate>
            <Csrf token={c.get("csrfToken")()} />
            <TextField
              form={p.form}
              name="name"
              label={t("boards.join.guestName")}
              hint={t("boards.join.guestHint")}
              required
              maxlength={120}
              autocomplete="name"
            />
            <SubmitButton label={t("boards.join.asGuest")} />
          </form>
        ) : null}
        {session.phase !== "closed" && !p.canJoinAsAccount && (p.signedIn || !session.guests_allowed) ? (
          <p>{t("boards.join.notMember")}</p>
        ) : null}
      </div>
    </div>,
    status,
  );
}
