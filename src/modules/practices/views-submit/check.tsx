// "Check your answers": everything the report says, section by section, before it is sent. Each
// section's "Change" button goes back to its step with every answer and file kept (the signed state
// travels in the form: no JavaScript needed), and "Continue" there comes straight back here. The
// Markdown fields are shown as the published page will show them.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { emptyForm, FlashMessage } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { countryName } from "../../identity/index.ts";
import { type Theme, themeLabelKey } from "../themes.ts";
import { Markdown } from "../views/show-body.tsx";
import { STEP_FIELDS, STEPS } from "../workflow/submissions.schema.ts";
import type { NetworkOption } from "./fields.tsx";
import { type FileItem, FileList } from "./files.tsx";
import { Progress } from "./wizard.tsx";

const MARKDOWN = new Set(["problem", "solution", "resources", "results", "transferability", "lessons"]);

/** One answer as the person reads it: names for codes, rendered Markdown, "Not given" for nothing. */
function answer(c: Ctx, field: string, v: Record<string, string>, networks: NetworkOption[]) {
  const t = c.get("t");
  const value = (v[field] ?? "").trim();
  if (field === "consentPublication" || field === "consentContact")
    return value === "on" ? t("practices.submit.check.consentGiven") : t("practices.submit.check.empty");
  if (field === "networkId")
    return networks.find((n) => n.id === value)?.name ?? t("practices.submit.check.noNetwork");
  if (!value) return <span class="text-muted">{t("practices.submit.check.empty")}</span>;
  if (field === "country") return countryName(c.get("lang"), value);
  if (field === "language") return t(`practices.language.${value}`);
  if (field === "themes")
    return value
      .split(",")
      .filter(Boolean)
      .map((th) => t(themeLabelKey(th as Theme)))
      .join(", ");
  if (MARKDOWN.has(field)) return <Markdown source={value} />;
  return value;
}

const Section: FC<{ c: Ctx; index: number; values: Record<string, string>; networks: NetworkOption[] }> = (
  p,
) => {
  const t = p.c.get("t");
  const key = STEPS[p.index]!.key;
  const name = t(`practices.submit.step.${key}`);
  return (
    <section class="mb-4" aria-labelledby={`check-${key}`}>
      <div class="d-flex flex-wrap align-items-baseline justify-content-between gap-2 border-bottom mb-2">
        <h2 class="h4 mb-1" id={`check-${key}`}>
          {name}
        </h2>
        <button type="submit" name="nav" value={`change:${p.index}`} class="btn btn-link p-0">
          {t("practices.submit.check.change")}
          <span class="visually-hidden"> {name}</span>
        </button>
      </div>
      <dl class="row mb-0">
        {STEP_FIELDS[key].map((f) => (
          <>
            <dt class="col-sm-4">
              {t(f.startsWith("consent") ? `practices.field.${f}Short` : `practices.field.${f}`)}
            </dt>
            <dd class="col-sm-8 text-break">{answer(p.c, f, p.values, p.networks)}</dd>
          </>
        ))}
      </dl>
    </section>
  );
};

export function checkPage(
  c: Ctx,
  p: {
    values: Record<string, string>;
    state: string;
    networks: NetworkOption[];
    files: FileItem[];
    notice?: string;
  },
  status = 200,
) {
  const t = c.get("t");
  const total = STEPS.length + 1;
  const stepOf = t("practices.submit.stepOf", { n: total, total, name: t("practices.submit.step.check") });
  return formPage(
    c,
    {
      title: t("practices.submit.check.title"),
      pageTitle: `${t("practices.submit.check.title")} – ${t("practices.submit.title")}`,
      breadcrumbs: [
        { href: "/practices", label: t("practices.submit.catalogue") },
        { href: "/practices/new", label: t("practices.submit.title") },
        { label: t("practices.submit.check.title") },
      ],
      intro: (
        <>
          <Progress c={c} step={STEPS.length} />
          <p class="visually-hidden">{stepOf}</p>
          <p class="lead">{t("practices.submit.check.lead")}</p>
          {p.notice ? <FlashMessage kind="danger" text={p.notice} /> : null}
        </>
      ),
      form: emptyForm(),
      action: "/practices/new",
      actions: (
        <>
          <button type="submit" name="nav" value="send" class="btn btn-primary">
            {t("practices.submit.check.send")}
          </button>
          <button type="submit" name="nav" value="back" class="btn btn-outline-primary">
            {t("practices.submit.back")}
          </button>
        </>
      ),
      children: (
        <>
          <input type="hidden" name="state" value={p.state} />
          <input type="hidden" name="step" value={String(STEPS.length)} />
          {STEPS.map((_, i) => (
            <>
              <Section c={c} index={i} values={p.values} networks={p.networks} />
              {STEPS[i]!.key === "results" ? (
                <section class="mb-4" aria-labelledby="check-files">
                  <h2 class="h5" id="check-files">
                    {t("practices.submit.check.files")}
                  </h2>
                  <FileList c={c} files={p.files} removable={false} />
                </section>
              ) : null}
            </>
          ))}
          <p>{t("practices.submit.check.sendLead")}</p>
        </>
      ),
    },
    status,
  );
}
