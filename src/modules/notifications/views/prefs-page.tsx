// "Preferenze di notifica" (/account/notifications): for each kind of notice, how to hear of it —
// at once by email, in the daily digest, in the list only, or not at all, the default marked — the
// digest's hour and the person's time zone; below, the labs and networks they muted.
import type { Ctx } from "../../../platform/http/context.ts";
import { NOTIFICATION_MODES } from "../../../platform/notifications.ts";
import { Csrf, type FormState, SelectField } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { type Preferences, timeZones } from "../service.ts";

export function prefsPage(c: Ctx, prefs: Preferences, form: FormState, status = 200) {
  const t = c.get("t");
  const csrf = c.get("csrfToken")();
  const modeOptions = (defaultMode: string) =>
    NOTIFICATION_MODES.map((m) => ({
      value: m,
      label:
        m === defaultMode
          ? t("notifications.mode.default", { mode: t(`notifications.mode.${m}`) })
          : t(`notifications.mode.${m}`),
    }));
  const labels = Object.fromEntries([
    ...prefs.kinds.map((k) => [`mode.${k.name}`, t(k.label)]),
    ["digestHour", t("notifications.prefs.digestHour")],
    ["timeZone", t("notifications.prefs.timeZone")],
  ]);
  const hours = Array.from({ length: 24 }, (_, h) => ({
    value: String(h),
    label: `${String(h).padStart(2, "0")}:00`,
  }));
  return formPage(
    c,
    {
      title: t("notifications.prefs.title"),
      lead: t("notifications.prefs.lead"),
      breadcrumbs: [{ href: "/me", label: t("notifications.myArea") }],
      form,
      labels,
      action: "/account/notifications",
      submit: t("notifications.prefs.save"),
      cancel: { href: "/me/notifications", label: t("notifications.prefs.back") },
      children: (
        <>
          <fieldset class="mb-4">
            <legend class="h4">{t("notifications.prefs.kinds")}</legend>
            <p>{t("notifications.prefs.kindsHint")}</p>
            {prefs.kinds.map((k) => (
              <SelectField
                form={form}
                name={`mode.${k.name}`}
                label={t(k.label)}
                options={modeOptions(k.defaultMode)}
              />
            ))}
          </fieldset>
          <fieldset>
            <legend class="h4">{t("notifications.prefs.digest")}</legend>
            <p>{t("notifications.prefs.digestHint")}</p>
            <SelectField
              form={form}
              name="digestHour"
              label={t("notifications.prefs.digestHour")}
              hint={t("notifications.prefs.digestHourHint")}
              options={hours}
            />
            <SelectField
              form={form}
              name="timeZone"
              label={t("notifications.prefs.timeZone")}
              options={[
                { value: "", label: t("notifications.prefs.zoneDefault", { zone: prefs.instanceZone }) },
                ...timeZones().map((z) => ({ value: z, label: z })),
              ]}
            />
          </fieldset>
        </>
      ),
      after: (
        <section aria-labelledby="mutes-heading" class="mt-5">
          <h2 id="mutes-heading" class="h4">
            {t("notifications.mutes.title")}
          </h2>
          {prefs.mutes.length ? (
            <ul class="list-unstyled">
              {prefs.mutes.map((m) => (
                <li class="mb-2">
                  {t(`notifications.mutes.${m.kind}`, { name: m.name })}{" "}
                  <form method="post" action={`/me/notifications/mutes/${m.id}/delete`} class="d-inline">
                    <Csrf token={csrf} />
                    <button type="submit" class="btn btn-outline-primary btn-sm">
                      {t("notifications.mutes.undo")}
                      <span class="visually-hidden"> {m.name}</span>
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("notifications.mutes.none")}</p>
          )}
        </section>
      ),
    },
    status,
  );
}

/** The form's values from saved preferences. */
export const prefsForm = (prefs: Preferences): FormState => ({
  values: {
    ...Object.fromEntries(prefs.kinds.map((k) => [`mode.${k.name}`, k.mode])),
    digestHour: String(prefs.digestHour),
    timeZone: prefs.timeZone,
  },
  errors: {},
});
