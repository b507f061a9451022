// The frame of the coordinators' forms (a conference, a track, a session, a speaker): the platform's
// form page with the conference's breadcrumbs, the way back to its management, and for something
// being edited a separate form that removes it. The forms work without JavaScript.
import type { Ctx } from "../../../platform/http/context.ts";
import { type FormPageProps, formPage as page, SeparateAction } from "../../../platform/ui/form-page.tsx";
import type { Conference } from "../types.ts";

export function formPage(
  c: Ctx,
  d: FormPageProps & {
    conference?: Conference;
    /** A separate form that removes the thing being edited. */
    remove?: { action: string; hint: string; label: string };
  },
  status: number,
) {
  const t = c.get("t");
  const { conference, remove, ...form } = d;
  return page(
    c,
    {
      ...form,
      breadcrumbs: [
        { href: "/conferences", label: t("conferences.title") },
        ...(conference ? [{ href: `/conferences/${conference.slug}`, label: conference.title }] : []),
        { label: d.title },
      ],
      cancel: conference
        ? { href: `/conferences/${conference.slug}/manage`, label: t("conferences.manage.back") }
        : undefined,
      after: remove ? (
        <SeparateAction c={c} id="remove" heading={t("conferences.remove.heading")} {...remove} />
      ) : undefined,
    },
    status,
  );
}
