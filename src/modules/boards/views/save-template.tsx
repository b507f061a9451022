// "Save as template" on a session's page, for its facilitators: a plain form posting the name to
// /boards/:id/templates. A refused name comes back on this form (422) with the name kept.
import type { FC } from "hono/jsx";
import type { T } from "../../../platform/i18n/index.ts";
import { Csrf } from "../../../platform/ui/components.tsx";
import type { CommandError } from "./board-ui.tsx";

export const SAVE_TEMPLATE_FORM = "save-template-form";

export const SaveTemplate: FC<{
  t: T;
  sessionId: string;
  csrf: string;
  networkName: string;
  error?: CommandError | undefined;
}> = ({ t, sessionId, csrf, networkName, error }) => {
  const mine = error?.formId === SAVE_TEMPLATE_FORM ? error : undefined;
  return (
    <section aria-labelledby="save-template-heading" class="mb-4">
      <h2 id="save-template-heading" class="h4">
        {t("boards.templates.saveHeading")}
      </h2>
      <form method="post" action={`/boards/${sessionId}/templates`} id={SAVE_TEMPLATE_FORM} novalidate>
        <Csrf token={csrf} />
        <div class="form-group mb-2">
          <label for="template-name" class="active">
            {t("boards.templates.name")}
          </label>
          <input
            id="template-name"
            name="name"
            class={`form-control${mine ? " is-invalid" : ""}`}
            maxlength={120}
            required
            value={mine?.values.name ?? ""}
            aria-invalid={mine ? "true" : undefined}
            aria-describedby={mine ? "template-name-hint template-name-error" : "template-name-hint"}
          />
          <small id="template-name-hint" class="form-text">
            {t("boards.templates.saveHint", { network: networkName })}
          </small>
          {mine ? (
            <div id="template-name-error" class="invalid-feedback d-block">
              {t(mine.key)}
            </div>
          ) : null}
        </div>
        <button type="submit" class="btn btn-sm btn-outline-primary">
          {t("boards.templates.save")}
        </button>
      </form>
    </section>
  );
};
