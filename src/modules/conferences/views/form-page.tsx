// The frame of the coordinators' forms (a conference, a track, a session, a speaker): title and
// breadcrumbs, error summary (each field shows its own error too, with the input kept), the form with
// its CSRF token, an optional separate form that removes what is edited, and the way back to the
// conference's management. The forms work without JavaScript.
import type { Child } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf, ErrorSummary, type FormState, SubmitButton } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Conference } from "../types.ts";

export function formPage(
  c: Ctx,
  d: {
    title: string;
    conference?: Conference;
    labels: Record<string, string>;
    form: FormState;
    action: string;
    submit: string;
    multipart?: boolean;
    fields: Child;
    /** A separate form that removes the thing being edited. */
    remove?: { action: string; heading: string; hint: string; label: string };
  },
  status: number,
) {
  const t = c.get("t");
  return render(
    c,
    {
      title: d.title,
      breadcrumbs: [
        { href: "/conferences", label: t("conferences.title") },
        ...(d.conference ? [{ href: `/conferences/${d.conference.slug}`, label: d.conference.title }] : []),
        { label: d.title },
      ],
    },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{d.title}</h1>
        <ErrorSummary form={d.form} title={t("form.errorSummary")} labels={d.labels} />
        <form
          method="post"
          action={d.action}
          novalidate
          enctype={d.multipart ? "multipart/form-data" : undefined}
        >
          <Csrf token={c.get("csrfToken")()} />
          {d.fields}
          <SubmitButton label={d.submit} />
        </form>
        {d.remove ? (
          <section aria-labelledby="remove" class="mt-5">
            <h2 id="remove" class="h5">
              {d.remove.heading}
            </h2>
            <p>{d.remove.hint}</p>
            <form method="post" action={d.remove.action}>
              <Csrf token={c.get("csrfToken")()} />
              <SubmitButton kind="danger" label={d.remove.label} />
            </form>
          </section>
        ) : null}
        {d.conference ? (
          <p class="mt-4">
            <a href={`/conferences/${d.conference.slug}/manage`}>{t("conferences.manage.back")}</a>
          </p>
        ) : null}
      </div>
    </div>,
    status,
  );
}
