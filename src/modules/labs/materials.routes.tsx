// Pages of a lab's materials: list, add (document, link or video), a material's page with the curators'
// form, and the files themselves (served with their detected type, only to those who may see them).
import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { refuseInNetwork, toSignIn } from "../identity/index.ts";
import { canContribute, canCurateLab, canDeleteMaterial } from "./lab-members.policy.ts";
import { getLab } from "./labs.service.ts";
import { deletableMaterial, deleteMaterial } from "./materials.delete.service.ts";
import {
  addMaterial,
  curate,
  getMaterial,
  listMaterials,
  materialFile,
  type Upload,
} from "./materials.service.ts";
import type { MaterialKind } from "./materials.tables.ts";
import { programmeOf } from "./meetings.service.ts";
import { confirmMaterialDelete } from "./views/confirm-delete.tsx";
import { materialFormPage, materialPage, materialsPage, materialUrl } from "./views/materials.tsx";
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

async function readUpload(v: unknown): Promise<Upload | null> {
  if (!(v instanceof File) || v.size === 0) return null;
  return { bytes: new Uint8Array(await v.arrayBuffer()), name: v.name };
}

const labOf = (c: Ctx) => getLab(c.get("deps"), c.get("actor"), c.req.param("slug") ?? "");

export function materialRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/labs/:slug/materials", async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const lab = await labOf(c);
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

  const contributable = async (c: Ctx) => {
    const actor = c.get("actor");
    const lab = await labOf(c);
    if (!canContribute(actor, lab)) throw refuseInNetwork(actor, lab.networkId);
    return { lab, actor: actor!, meetings: await programmeOf(c.get("deps"), actor, lab) };
  };

  r.get("/labs/:slug/materials/new", async (c) => {
    if (!c.get("actor")) return toSignIn(c);
    const { lab, meetings } = await contributable(c);
    const kind = kindOf(c.req.query("kind"));
    return materialFormPage(c, { lab, meetings, kind, form: emptyForm({ kind }) });
  });

  r.post("/labs/:slug/materials", async (c) => {
    if (!c.get("actor")) return toSignIn(c);
    const { lab, actor, meetings } = await contributable(c);
    const body = await c.req.parseBody();
    const str = (k: string) => (typeof body[k] === "string" ? (body[k] as string) : "");
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
        file: await readUpload(body.file),
        captions: await readUpload(body.captions),
      });
      return redirectWithFlash(c, materialUrl(lab, m), { kind: "success", key: "labs.materials.added" });
    } catch (err) {
      const form = serviceErrors(c, values, err);
      return materialFormPage(c, { lab, meetings, kind, form }, (err as AppError).status);
    }
  });

  r.get("/labs/:slug/materials/:id", async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const lab = await labOf(c);
    const m = await getMaterial(deps, actor, lab, c.req.param("id"));
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

  // Deleting: a page that asks first (no JavaScript needed), then the post that deletes.
  const deletable = async (c: Ctx) => {
    const actor = c.get("actor");
    const lab = await labOf(c);
    const m = await deletableMaterial(c.get("deps"), actor, lab, c.req.param("id") ?? "").catch((err) => {
      if ((err as AppError).status === 403) throw refuseInNetwork(actor, lab.networkId);
      throw err;
    });
    return { lab, m, actor: actor! };
  };

  r.get("/labs/:slug/materials/:id/delete", async (c) => {
    if (!c.get("actor")) return toSignIn(c);
    const { lab, m } = await deletable(c);
    return confirmMaterialDelete(c, lab, m);
  });

  r.post("/labs/:slug/materials/:id/delete", async (c) => {
    if (!c.get("actor")) return toSignIn(c);
    const { lab, m, actor } = await deletable(c);
    await deleteMaterial(c.get("deps"), actor, lab, m.id);
    return redirectWithFlash(c, `/labs/${lab.slug}/materials`, {
      kind: "success",
      key: "labs.materials.deleted",
    });
  });

  r.post("/labs/:slug/materials/:id/curate", async (c) => {
    if (!c.get("actor")) return toSignIn(c);
    const deps = c.get("deps");
    const actor = c.get("actor");
    const lab = await labOf(c);
    const m = await getMaterial(deps, actor, lab, c.req.param("id"));
    if (!canCurateLab(actor, lab)) throw refuseInNetwork(actor, lab.networkId);
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
    r.get(`/labs/:slug/materials/:id/${which}`, async (c) => {
      const lab = await labOf(c);
      const f = await materialFile(
        c.get("deps"),
        c.get("actor"),
        lab,
        c.req.param("id"),
        which === "file" ? "file" : "captions",
      );
      const inline =
        which !== "file" ||
        f.contentType === "application/pdf" ||
        f.contentType.startsWith("image/") ||
        f.contentType.startsWith("video/");
      c.header("Content-Type", f.contentType);
      c.header("X-Content-Type-Options", "nosniff");
      c.header("Cache-Control", "private, max-age=300");
      c.header(
        "Content-Disposition",
        `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
      );
      c.header("Accept-Ranges", "bytes");
      const range = /^bytes=(\d*)-(\d*)$/.exec(c.req.header("range") ?? "");
      const total = f.bytes.byteLength;
      if (range && (range[1] || range[2])) {
        let start = range[1] ? Number(range[1]) : total - Number(range[2]);
        let end = range[1] && range[2] ? Number(range[2]) : total - 1;
        start = Math.max(0, start);
        end = Math.min(end, total - 1);
        if (start > end || start >= total) {
          c.header("Content-Range", `bytes */${total}`);
          return c.body(null, 416);
        }
        c.header("Content-Range", `bytes ${start}-${end}/${total}`);
        return c.body(f.bytes.slice(start, end + 1) as Uint8Array<ArrayBuffer>, 206);
      }
      return c.body(f.bytes as Uint8Array<ArrayBuffer>);
    });
  }

  return r;
}
