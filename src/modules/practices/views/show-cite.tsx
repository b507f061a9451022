// The cite/share box of a practice page, which needs no JavaScript: the citation and the permalink in
// read-only fields to copy, and a mailto: link to share it.
import type { FC } from "hono/jsx";
import type { T } from "../../../platform/i18n/index.ts";
import { Icon } from "../../../platform/ui/layout.tsx";
import type { Practice } from "../catalogue/service.ts";

export const CiteShare: FC<{ t: T; p: Practice; url: string; citation: string }> = ({
  t,
  p,
  url,
  citation,
}) => (
  <section class="card card-bg p-3 mb-4 practice-cite" aria-labelledby="cite-heading">
    <h2 id="cite-heading" class="h5">
      {t("practices.pages.citeShare")}
    </h2>
    <div class="mb-3">
      <label for="cite-text" class="form-label fw-semibold">
        {t("practices.pages.citation")}
      </label>
      <textarea id="cite-text" class="form-control" rows={5} readonly aria-describedby="cite-hint">
        {citation}
      </textarea>
    </div>
    <div class="mb-2">
      <label for="cite-link" class="form-label fw-semibold">
        {t("practices.pages.permalink")}
      </label>
      <input
        id="cite-link"
        type="text"
        class="form-control"
        value={url}
        readonly
        aria-describedby="cite-hint"
      />
    </div>
    <p id="cite-hint" class="small">
      {t("practices.pages.copyHint")}
    </p>
    <p class="mb-0">
      <a
        href={`mailto:?subject=${encodeURIComponent(p.title)}&body=${encodeURIComponent(`${p.summary}\n\n${url}`)}`}
      >
        <Icon name="it-mail" class="icon-sm me-1" />
        {t("practices.pages.shareEmail")}
      </a>
    </p>
  </section>
);
