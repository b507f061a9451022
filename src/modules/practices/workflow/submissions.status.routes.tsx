// The pages after a report is sent: the thank-you page (/practices/new/sent) and the status page,
// opened by its signed link (mails, thank-you page) or by the reference and the address given.
import type { Hono } from "hono";
import { AppError } from "../../../platform/errors.ts";
import { clientIp } from "../../../platform/http/client-ip.ts";
import type { AppEnv } from "../../../platform/http/context.ts";
import { emptyForm } from "../../../platform/ui/components.tsx";
import { mediaOf } from "../media/service.ts";
import { lookupPage, sentPage, statusPage } from "../views-submit/status.tsx";
import { minutesOf, readPosted } from "./http.ts";
import { spend } from "./limits.ts";
import { reportByReference, reportByToken, statusUrl } from "./submissions.status.ts";
import "./messages.ts";

export function statusRoutes(r: Hono<AppEnv>): void {
  r.get("/practices/new/sent", async (c) => {
    const deps = c.get("deps");
    const r = await reportByToken(deps, c.req.query("token") ?? "");
    if (!r) return sentPage(c, null);
    return sentPage(c, {
      ...r,
      statusHref: statusUrl(deps, r.reference, false),
      media: await mediaOf(deps, r.practice),
    });
  });

  // The status page: the signed link (mails, thank-you page), or the reference and address.
  r.get("/practices/status", async (c) => {
    const deps = c.get("deps");
    const token = c.req.query("token");
    if (!token) return lookupPage(c, emptyForm());
    const r = await reportByToken(deps, token);
    if (!r)
      return lookupPage(
        c,
        { values: {}, errors: { reference: c.get("t")("practices.track.notFound") } },
        404,
      );
    c.header("Referrer-Policy", "no-referrer");
    return statusPage(c, r, `/practices/submissions/edit?token=${encodeURIComponent(token)}`);
  });

  r.post("/practices/status", async (c) => {
    const deps = c.get("deps");
    const t = c.get("t");
    const values = await readPosted(c);
    const errors: Record<string, string> = {};
    if (!values.reference?.trim()) errors.reference = t("form.required");
    if (!values.email?.trim()) errors.email = t("form.required");
    if (Object.keys(errors).length) return lookupPage(c, { values, errors }, 422);
    try {
      await spend(deps, "statusLookupsPerIp", clientIp(c));
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 429) throw err;
      c.header("Retry-After", err.headers["Retry-After"] ?? "60");
      const notice = t("practices.submit.errors.rateLimited", { minutes: minutesOf(err) });
      return lookupPage(c, { values, errors: { reference: notice } }, 429);
    }
    const r = await reportByReference(deps, values.reference ?? "", values.email ?? "");
    if (!r) return lookupPage(c, { values, errors: { reference: t("practices.track.notFound") } }, 404);
    return statusPage(c, r, null);
  });
}
