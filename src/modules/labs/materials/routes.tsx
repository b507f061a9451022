// Pages of a lab's materials: list, add (document, link or video), a material's page with the curators'
// form, and the files themselves (served with their detected type, only to those who may see them).
// The add form is a media route: its body (a video of up to 500 MB) streams to the file store, and a
// video is served a range at a time (platform/http/serve-file.ts).
import { Hono } from "hono";
import { AppError } from "../../../platform/errors.ts";
import { bodyLimit, MAX_FORM_BYTES } from "../../../platform/http/body-limit.ts";
import type { AppEnv, Ctx } from "../../../platform/http/context.ts";
import { redirectWithFlash } from "../../../platform/http/middleware.ts";
import { contentDisposition, serveFile } from "../../../platform/http/serve-file.ts";
import { readStreamedForm } from "../../../platform/http/streamed-form.ts";
import { emptyForm, type FormState } from "../../../platform/ui/components.tsx";
import { contributingLab, curatingMaterial, deletingMaterial, labOfSlug, materialOfPath } from "../guards.ts";
import { programmeOf } from "../meetings/service.ts";
import { canContribute, canCurateLab, canDeleteMaterial } from "../policy.ts";
import { confirmMaterialDelete } from "../views/confirm-delete.tsx";
import { materialFormPage, materialPage, materialsPage, materialUrl } from "../views/materials.tsx";
import { deleteMaterial } from "./delete.service.ts";
import {
  addMaterial,
  curate,
  listMaterials,
  materialFile,
  materialFileRule,
  VIDEO_MAX_BYTES,
} from "./service.ts";
import type { MaterialKind } from "./tables.ts";
import "./messages.materials.ts";

const kindOf = (v: unknown): MaterialKind => (v === "link" || v === "video" ? v : "document");

/** Field errors from a service (catalogue keys) in the page's language. */
export function serviceErrors(c: Ctx, values: Record<string, string>, err: unknown): FormState {
  if (!(err instanceof AppError) || !err.fieldErrors.length) throw err;
  const t = c.get("t");
  const errors: Record<string, string> = {};
  for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
  return { values, errors };
}

/** A video, its captions and the form's text: what one post of the add form may carry. */
const UPLOAD_LIMIT = VIDEO_MAX_BYTES + MAX_FORM_BYTES;

export function materialRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/labs/:slug/materials", labOfSlug, async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const lab = c.get("lab");
    const meetings = await programmeOf(deps, actor, lab);
    return materialsPage(c, {
      lab,
      materials: await listMaterials(deps, actor, lab, meetings),
      meetings,
      tag: c.req.query("tag")?.trim().toLowerCase() || null,
      meeting: c.req.query("meeting")?.trim() || null,
      canContribute: canContribute(actor, lab),
    });
  });

  r.get("/labs/:slug/materials/new", ...contributingLab, async (c) => {
    const lab = c.get("lab");
    const meetings = await programmeOf(c.get("deps"), c.get("actor"), lab);
    const kind = kindOf(c.req.query("kind"));
    return materialFormPage(c, { lab, meetings, kind, form: emptyForm({ kind }) });
  });

  r.post(
    "/labs/:slug/materials",
    bodyLimit(UPLOAD_LIMIT, { streamed: true }),
    ...contributingLab,
    async (c) => {
      const lab = c.get("lab");
      const actor = c.get("actor");
      const meetings = await programmeOf(c.get("deps"), actor, lab);
      // The form sends `_csrf` and `kind` before the file, so the file's rule is known when it arrives.
      const body = await readStreamedForm(c, materialFileRule);
      const str = (k: string) => body.fields[k] ?? "";
      const kind = kindOf(str("kind"));
      const values = {
        kind,
        title: str("title"),
        description: str("description"),
        meetingId: str("meetingId"),
        url: str("url"),
        transcript: str("transcript"),
        consent: str("consent"),
        consentBy: str("consentBy"),
      };
      try {
        const m = await addMaterial(c.get("deps"), actor, lab, {
          ...values,
          consent: values.consent === "on",
          file: body.stored.file ?? body.problems.file ?? null,
          captions: body.inMemory.captions?.bytes.byteLength ? body.inMemory.captions : null,
        });
        return redirectWithFlash(c, materialUrl(lab, m), { kind: "success", key: "labs.materials.added" });
      } catch (err) {
        const form = serviceErrors(c, values, err);
        return materialFormPage(c, { lab, meetings, kind, form }, (err as AppError).status);
      }
    },
  );

  r.get("/labs/:slug/materials/:id", labOfSlug, materialOfPath, async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const lab = c.get("lab");
    const m = c.get("material");
    const meetings = await programmeOf(deps, actor, lab);
    const form = emptyForm({
      tags: m.tags.join(", "),
      featured: m.featured ? "on" : "",
      hidden: m.hidden ? "on" : "",
    });
    return materialPage(c, {
      lab,
      m,
      meetings,
      canCurate: canCurateLab(actor, lab),
      canDelete: canDeleteMaterial(actor, lab, m),
      form,
    });
  });

  // Deleting: a page that asks first (no JavaScript needed), then the post that deletes (the service
  // checks again inside, for a material deleted or changed in between).
  r.get("/labs/:slug/materials/:id/delete", ...deletingMaterial, async (c) =>
    confirmMaterialDelete(c, c.get("lab"), c.get("material")),
  );

  r.post("/labs/:slug/materials/:id/delete", ...deletingMaterial, async (c) => {
    const lab = c.get("lab");
    await deleteMaterial(c.get("deps"), c.get("actor"), lab, c.get("material").id);
    return redirectWithFlash(c, `/labs/${lab.slug}/materials`, {
      kind: "success",
      key: "labs.materials.deleted",
    });
  });

  r.post("/labs/:slug/materials/:id/curate", ...curatingMaterial, async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const lab = c.get("lab");
    const m = c.get("material");
    const body = await c.req.parseBody();
    const str = (k: string) => (typeof body[k] === "string" ? (body[k] as string) : "");
    const values = { tags: str("tags"), featured: str("featured"), hidden: str("hidden") };
    try {
      await curate(deps, actor, lab, m.id, {
        tags: values.tags,
        featured: values.featured === "on",
        hidden: values.hidden === "on",
      });
    } catch (err) {
      const form = serviceErrors(c, values, err);
      const meetings = await programmeOf(deps, actor, lab);
      const canDelete = canDeleteMaterial(actor, lab, m);
      return materialPage(c, { lab, m, meetings, canCurate: true, canDelete, form }, 422);
    }
    return redirectWithFlash(c, materialUrl(lab, m), { kind: "success", key: "labs.materials.curated" });
  });

  // The files: nosniff and the type detected at upload; documents other than PDF and images download.
  for (const which of ["file", "captions.vtt"] as const) {
    r.get(`/labs/:slug/materials/:id/${which}`, labOfSlug, async (c) => {
      const f = await materialFile(
        c.get("deps"),
        c.get("actor"),
        c.get("lab"),
        c.req.param("id"),
        which === "file" ? "file" : "captions",
      );
      const inline =
        which !== "file" ||
        f.contentType === "application/pdf" ||
        f.contentType.startsWith("image/") ||
        f.contentType.startsWith("video/");
      return serveFile(c, c.get("deps").files, f.key, {
        "Content-Type": f.contentType,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, max-age=300",
        "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", f.fileName),
      });
    });
  }

  return r;
}
