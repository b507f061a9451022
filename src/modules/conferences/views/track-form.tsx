// The form of a track (a parallel session line, with its room), new or edited; an edited one can be
// removed when it has no sessions left.
import type { Ctx } from "../../../platform/http/context.ts";
import { type FormState, TextField } from "../../../platform/ui/components.tsx";
import type { Conference, Track } from "../types.ts";
import { formPage } from "./form-page.tsx";

export function trackFormPage(
  c: Ctx,
  d: { conference: Conference; form: FormState; track?: Track },
  status = 200,
) {
  const t = c.get("t");
  const labels = { name: t("conferences.track.name"), room: t("conferences.track.room") };
  const slug = d.conference.slug;
  return formPage(
    c,
    {
      title: d.track ? t("conferences.track.edit") : t("conferences.track.new"),
      conference: d.conference,
      labels,
      form: d.form,
      action: d.track ? `/conferences/${slug}/tracks/${d.track.id}/edit` : `/conferences/${slug}/tracks`,
      submit: d.track ? t("conferences.save") : t("conferences.track.add"),
      remove: d.track && {
        action: `/conferences/${slug}/tracks/${d.track.id}/delete`,
        hint: t("conferences.remove.trackHint"),
        label: t("conferences.remove.track", { name: d.track.name }),
      },
      children: (
        <>
          <TextField form={d.form} name="name" label={labels.name} required maxlength={120} />
          <TextField form={d.form} name="room" label={labels.room} maxlength={120} />
        </>
      ),
    },
    status,
  );
}
