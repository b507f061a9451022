// A conference's public page: what, when and where, the programme by day and track, the speakers,
// and the registration form (name + email, no account needed; works without JavaScript).
import type { Ctx } from "../../../platform/http/context.ts";
import { type FormState, TextField } from "../../../platform/ui/components.tsx";
import { FormBlock } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Programme } from "../types.ts";
import { speakerPhotoPath } from "../urls.ts";
import { dayRange } from "../when.ts";
import { ProgrammeView } from "./programme.tsx";

export function conferencePage(
  c: Ctx,
  d: {
    p: Programme;
    network: { slug: string; name: string };
    lab: { slug: string; title: string } | null;
    canManage: boolean;
    open: boolean;
    form: FormState;
  },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const conf = d.p.conference;
  const labels = { name: t("conferences.register.name"), email: t("conferences.register.email") };
  return render(
    c,
    {
      title: conf.title,
      breadcrumbs: [{ href: "/conferences", label: t("conferences.title") }, { label: conf.title }],
    },
    <article>
      <h1>{conf.title}</h1>
      {conf.description ? <p class="lead">{conf.description}</p> : null}
      <dl class="row">
        <dt class="col-sm-3">{t("conferences.dates")}</dt>
        <dd class="col-sm-9">
          <time datetime={conf.startsOn}>{dayRange(lang, conf.startsOn, conf.endsOn)}</time>
        </dd>
        {conf.venue ? (
          <>
            <dt class="col-sm-3">{t("conferences.venue")}</dt>
            <dd class="col-sm-9">{conf.venue}</dd>
          </>
        ) : null}
        <dt class="col-sm-3">{t("conferences.network")}</dt>
        <dd class="col-sm-9">
          <a href={`/networks/${d.network.slug}`}>{d.network.name}</a>
        </dd>
        {d.lab ? (
          <>
            <dt class="col-sm-3">{t("conferences.lab")}</dt>
            <dd class="col-sm-9">
              <a href={`/labs/${d.lab.slug}`}>{d.lab.title}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {d.canManage ? (
        <p>
          <a class="btn btn-outline-primary" href={`/conferences/${conf.slug}/manage`}>
            {t("conferences.manage.title")}
          </a>{" "}
          <a class="btn btn-outline-primary" href={`/conferences/${conf.slug}/check-in`}>
            {t("conferences.checkIn.title")}
          </a>
        </p>
      ) : null}

      <section aria-labelledby="programme" class="mt-4">
        <h2 id="programme">{t("conferences.programme.title")}</h2>
        {d.p.sessions.length ? (
          <p>
            <a href={`/conferences/${conf.slug}/programme.ics`}>{t("conferences.programme.ics")}</a>
          </p>
        ) : null}
        <ProgrammeView p={d.p} t={t} lang={lang} />
      </section>

      <section aria-labelledby="speakers" class="mt-4">
        <h2 id="speakers">{t("conferences.speakers.title")}</h2>
        {d.p.speakers.length ? (
          <ul class="list-unstyled row">
            {d.p.speakers.map((s) => (
              <li class="col-12 col-md-6 mb-4" id={`speaker-${s.id}`}>
                <div class="d-flex gap-3">
                  {s.photo ? (
                    <img
                      src={speakerPhotoPath(conf.slug, { id: s.id, photo: s.photo })}
                      alt={s.photo.alt}
                      width="96"
                      height="96"
                      class="rounded"
                    />
                  ) : null}
                  <div>
                    <h3 class="h5 mb-1">{s.name}</h3>
                    {s.role || s.affiliation ? (
                      <p class="mb-1 text-muted">{[s.role, s.affiliation].filter(Boolean).join(", ")}</p>
                    ) : null}
                    {s.bio ? <p class="mb-0 small">{s.bio}</p> : null}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("conferences.speakers.none")}</p>
        )}
      </section>

      <section aria-labelledby="register" class="mt-4">
        <h2 id="register">{t("conferences.register.title")}</h2>
        {d.open ? (
          <div class="row">
            <div class="col-12 col-lg-8">
              <p>{t("conferences.register.lead")}</p>
              <FormBlock
                c={c}
                form={d.form}
                labels={labels}
                action={`/conferences/${conf.slug}/register`}
                submit={t("conferences.register.submit")}
              >
                <TextField
                  form={d.form}
                  name="name"
                  label={labels.name}
                  required
                  autocomplete="name"
                  maxlength={160}
                />
                <TextField
                  form={d.form}
                  name="email"
                  type="email"
                  label={labels.email}
                  required
                  autocomplete="email"
                  hint={t("conferences.register.emailHint")}
                />
              </FormBlock>
            </div>
          </div>
        ) : (
          <p>{t("conferences.register.closed")}</p>
        )}
      </section>
    </article>,
    status,
  );
}
