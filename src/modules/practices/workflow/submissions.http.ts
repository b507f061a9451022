// What the report form's pages share: the body limit of a post with files, the networks offered,
// a report's raw form values, and storing the files a post carries, within the per-IP upload limits
// for people without an account (workflow/submissions.routes.tsx, workflow/submissions.edit.routes.tsx).
import { AppError } from "../../../platform/errors.ts";
import { clientIp } from "../../../platform/http/client-ip.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import { listNetworks } from "../../identity/index.ts";
import type { Practice } from "../catalogue/service.ts";
import type { MediaUpload } from "../media/service.ts";
import { UPLOAD_FIELDS } from "../views-submit/files.tsx";
import { minutesOf, withServiceErrors } from "./http.ts";
import { spendUpload } from "./limits.ts";

/** A photo (5 MB) and a document (10 MB) in one post, with the form's text. */
export const UPLOAD_BODY_BYTES = 16 * 1024 * 1024;

export const networksOf = async (c: Ctx) =>
  (await listNetworks(c.get("deps"))).map((n) => ({ id: n.id, name: n.name }));

/** The raw form values of a saved draft. */
export function valuesOf(p: Practice, organisation: string | null): Record<string, string> {
  const s = (v: string | number | null | undefined) => (v == null ? "" : String(v));
  return {
    title: p.title,
    summary: p.summary,
    organisation: s(organisation),
    place: s(p.place),
    country: p.country,
    language: p.language,
    startYear: s(p.startYear),
    endYear: s(p.endYear),
    themes: p.themes.join(","),
    networkId: s(p.networkId),
    problem: s(p.problem),
    solution: s(p.solution),
    resources: s(p.resources),
    results: s(p.results),
    transferability: s(p.transferability),
    lessons: s(p.lessons),
    website: s(p.website),
    contact: s(p.contact),
  };
}

/** The files a form posted (an empty file input posts an empty file: none). */
async function postedFiles(c: Ctx): Promise<{ image?: File; attachment?: File }> {
  if (!c.req.header("content-type")?.toLowerCase().startsWith("multipart/form-data")) return {};
  const body = await c.req.parseBody({ all: true });
  const one = (k: string) => {
    const v = body[k];
    const f = Array.isArray(v) ? v[0] : v;
    return f instanceof File && f.size > 0 ? f : undefined;
  };
  const out: { image?: File; attachment?: File } = {};
  const image = one("image");
  const attachment = one("attachment");
  if (image) out.image = image;
  if (attachment) out.attachment = attachment;
  return out;
}

/** Files a post could not store: field errors for the form, and the status to show it with. */
export type Refused = { errors: Record<string, string>; status: 422 | 429 };

/**
 * Stores the files of a post, each with its text (`imageAlt`, `attachmentTitle`), through `store`.
 * A refusal becomes field errors on the form (the other answers are kept); stored files are not lost.
 * Without an account, each file first counts against the per-IP upload limits (workflow/limits.ts):
 * over them, it is refused before it is checked or stored (429 and Retry-After, said on the form),
 * and so are the post's other files.
 */
export async function storePosted(
  c: Ctx,
  body: Record<string, string>,
  store: (u: MediaUpload) => Promise<void>,
): Promise<Refused | null> {
  const files = await postedFiles(c);
  const errors: Record<string, string> = {};
  // An alt text without a photo is a photo forgotten: said, not silently dropped.
  if (!files.image && body.imageAlt?.trim()) errors.image = c.get("t")("practices.media.noFile");
  let limited: string | null = null;
  for (const kind of UPLOAD_FIELDS) {
    const file = files[kind];
    if (!file) continue;
    if (!limited && !c.get("actor")) limited = await overUploadLimit(c, file.size);
    // Over the limit, this file and the post's others are refused, each said on its own field.
    if (limited) {
      errors[kind] = limited;
      continue;
    }
    try {
      await store({
        kind,
        bytes: new Uint8Array(await file.arrayBuffer()),
        filename: file.name,
        ...(kind === "image" ? { alt: body.imageAlt ?? "" } : { title: body.attachmentTitle ?? "" }),
      });
      if (kind === "image") delete body.imageAlt;
      else delete body.attachmentTitle;
    } catch (err) {
      Object.assign(errors, withServiceErrors(c, { values: {}, errors: {} }, err).errors);
    }
  }
  return Object.keys(errors).length ? { errors, status: limited ? 429 : 422 } : null;
}

/** Counts an anonymous upload of `bytes`; over the limit, the message to show (Retry-After set). */
async function overUploadLimit(c: Ctx, bytes: number): Promise<string | null> {
  try {
    await spendUpload(c.get("deps"), clientIp(c), bytes);
    return null;
  } catch (err) {
    if (!(err instanceof AppError) || err.status !== 429) throw err;
    c.header("Retry-After", err.headers["Retry-After"] ?? "60");
    return c.get("t")("practices.media.uploadLimit", { count: minutesOf(err) });
  }
}
