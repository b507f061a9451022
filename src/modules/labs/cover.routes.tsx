// A lab's cover image: the curators' form, and the image itself (only for those who see the lab).
import { Hono } from "hono";
import type { AppError } from "../../platform/errors.ts";
import type { AppEnv } from "../../platform/http/context.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm } from "../../platform/ui/components.tsx";
import { coverImage, coverOf, updateCover } from "./cover.service.ts";
import { curatingLab, labOfSlug } from "./guards.ts";
import { serviceErrors } from "./materials/routes.tsx";
import { coverFormPage } from "./views/materials-cover.tsx";
import "./materials/messages.materials.ts";

export function coverRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/labs/:slug/cover", ...curatingLab, async (c) => {
    const lab = c.get("lab");
    const cover = await coverOf(c.get("deps"), lab);
    return coverFormPage(c, { lab, cover, form: emptyForm({ alt: cover?.alt ?? "" }) });
  });

  r.post("/labs/:slug/cover", ...curatingLab, async (c) => {
    const lab = c.get("lab");
    const body = await c.req.parseBody();
    const values = {
      alt: typeof body.alt === "string" ? body.alt : "",
      remove: body.remove === "on" ? "on" : "",
    };
    const image =
      body.image instanceof File && body.image.size > 0
        ? new Uint8Array(await body.image.arrayBuffer())
        : null;
    try {
      await updateCover(c.get("deps"), c.get("actor"), lab, {
        image,
        alt: values.alt,
        remove: values.remove === "on",
      });
    } catch (err) {
      const form = serviceErrors(c, values, err);
      const cover = await coverOf(c.get("deps"), lab);
      return coverFormPage(c, { lab, cover, form }, (err as AppError).status);
    }
    return redirectWithFlash(c, `/labs/${lab.slug}`, { kind: "success", key: "labs.cover.saved" });
  });

  r.get("/labs/:slug/cover/:name{[0-9a-f-]+\\.(png|jpg|webp|gif)}", labOfSlug, async (c) => {
    const file = await coverImage(c.get("deps"), c.get("actor"), c.get("lab"), c.req.param("name"));
    c.header("Content-Type", file.contentType);
    c.header("X-Content-Type-Options", "nosniff");
    // The name changes with the image: a long private cache is safe.
    c.header("Cache-Control", "private, max-age=86400");
    return c.body(file.bytes as Uint8Array<ArrayBuffer>);
  });

  return r;
}
