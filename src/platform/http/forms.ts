// Form handling: read a posted form, validate it with a zod schema, and turn failures into messages
// in the page's language keyed by field, so the same form can be shown again with the input kept.
import type { z } from "zod";
import type { T } from "../i18n/index.ts";
import type { FormState } from "../ui/components.tsx";
import type { Ctx } from "./context.ts";

type Body = Record<string, string | File | (string | File)[]>;
const bodies = new WeakMap<object, Promise<Body>>();

/**
 * The posted form, read once per request (the CSRF check and the route both ask), as Hono's
 * `parseBody()` gives it: the last value of a repeated field, lists for names ending in `[]`. A
 * URL-encoded form (every form without a file) is parsed from the body's text with URLSearchParams:
 * Hono would build a web Response around it and parse it as FormData, a large share of a post's cost.
 */
export function formBody(c: Ctx): Promise<Body> {
  let body = bodies.get(c.req.raw);
  if (!body) {
    const type = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
    body =
      type === "application/x-www-form-urlencoded"
        ? c.req.text().then((text) => {
            const out: Body = Object.create(null);
            for (const [k, v] of new URLSearchParams(text)) {
              const prev = out[k];
              out[k] = k.endsWith("[]") ? [...(Array.isArray(prev) ? prev : []), v] : v;
            }
            return out;
          })
        : c.req.parseBody();
    bodies.set(c.req.raw, body);
  }
  return body;
}

/** The posted fields as strings (files and repeated fields are read separately by the route). */
export async function readForm(c: Ctx): Promise<Record<string, string>> {
  const body = await formBody(c);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === "_csrf") continue;
    // NUL (U+0000) cannot be stored in PostgreSQL text and is never meaningful in a form: drop it
    // here rather than let any module's insert fail.
    if (typeof v === "string") out[k] = v.includes("\u0000") ? v.replaceAll("\u0000", "") : v;
  }
  return out;
}

type Issue = z.core.$ZodIssue;

/** One message per field, in the user's language. Schema messages may be catalogue keys. */
export function issueMessage(issue: Issue, t: T, knownKey: (k: string) => boolean): string {
  if (issue.message && knownKey(issue.message)) {
    const params: Record<string, string | number> = {};
    if ("minimum" in issue) params.min = Number(issue.minimum);
    if ("maximum" in issue) params.max = Number(issue.maximum);
    return t(issue.message, params);
  }
  switch (issue.code) {
    case "too_small":
      return Number(issue.minimum) <= 1
        ? t("form.required")
        : t("form.tooShort", { min: Number(issue.minimum) });
    case "too_big":
      return t("form.tooLong", { max: Number(issue.maximum) });
    case "invalid_format":
      if (issue.format === "email") return t("form.invalidEmail");
      if (issue.format === "url") return t("form.invalidUrl");
      return t("form.invalid");
    case "invalid_value":
      return t("form.invalidChoice");
    case "invalid_type":
      return issue.input === undefined ? t("form.required") : t("form.invalid");
    default:
      return t("form.invalid");
  }
}

export function fieldErrors(
  error: z.ZodError,
  t: T,
  knownKey: (k: string) => boolean,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    out[field] ??= issueMessage(issue, t, knownKey);
  }
  return out;
}

export type Validated<S extends z.ZodType> =
  | { ok: true; data: z.infer<S>; form: FormState }
  | { ok: false; form: FormState };

export async function validateForm<S extends z.ZodType>(c: Ctx, schema: S): Promise<Validated<S>> {
  const values = await readForm(c);
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, form: { values, errors: {} } };
  const { hasMessage } = await import("../i18n/index.ts");
  const lang = c.get("lang");
  return {
    ok: false,
    form: { values, errors: fieldErrors(parsed.error, c.get("t"), (k) => hasMessage(lang, k)) },
  };
}
