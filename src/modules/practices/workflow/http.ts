// Small helpers of the workflow pages: the client's address for rate limits, posted forms with
// repeated keys (themes), and turning a service's field errors into messages on the form.
import type { z } from "zod";
import { AppError } from "../../../platform/errors.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import { fieldErrors } from "../../../platform/http/forms.ts";
import { hasMessage } from "../../../platform/i18n/index.ts";
import type { FormState } from "../../../platform/ui/components.tsx";

/** The posted fields as strings; a repeated key (checkboxes) becomes one comma-separated value. */
export async function readPosted(c: Ctx): Promise<Record<string, string>> {
  const body = await c.req.parseBody({ all: true });
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === "_csrf") continue;
    const values = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");
    if (values.length) out[k] = values.join(",");
  }
  return out;
}

/** Field messages of a failed parse, in the page's language. */
export function errorsOf(c: Ctx, error: z.ZodError): Record<string, string> {
  const lang = c.get("lang");
  const errors = fieldErrors(error, c.get("t"), (k) => hasMessage(lang, k));
  // A theme error is reported on the list, not on the n-th item.
  for (const k of Object.keys(errors)) {
    if (/^themes\.\d+$/.test(k)) {
      errors.themes ??= errors[k]!;
      delete errors[k];
    }
  }
  return errors;
}

/** A service's 422 shown on the form it came from (field messages are catalogue keys). */
export function withServiceErrors(c: Ctx, form: FormState, err: unknown): FormState {
  if (!(err instanceof AppError) || err.status !== 422) throw err;
  const t = c.get("t");
  const errors = { ...form.errors };
  for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
  return { values: form.values, errors };
}

/** The wait of a 429, in whole minutes, for a message. */
export const minutesOf = (err: AppError) =>
  Math.max(1, Math.ceil(Number(err.headers["Retry-After"] ?? 60) / 60));
