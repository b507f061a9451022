// Pages of the catalogue: the searchable list (/practices), a practice (/practices/:slug) with its
// images and attachments (served through the practice, so never more visible than it), and the
// coordinators' upload and removal of those files. Thin handlers: validate → authorise → call → render.
import { Hono } from "hono";
import { AppError } from "../../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../../platform/http/context.ts";
import { readForm } from "../../../platform/http/forms.ts";
import { authorize, load, type With } from "../../../platform/http/guards.ts";
import { redirectWithFlash } from "../../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../../platform/ui/components.tsx";
import { listNetworks, networkById, organisationById } from "../../identity/index.ts";
import { addMedia, canManageMedia, mediaFile, mediaOf, removeMedia } from "../media/service.ts";
import type { MediaKind } from "../media/tables.ts";
import { catalogueFigures, practiceFigures } from "../open-data/figures.service.ts";
import { can } from "../policy.ts";
import { type SearchResult, searchPractices } from "../search/service.ts";
import { type ListState, practicesListPage } from "../views/list.tsx";
import { isLanding } from "../views/list-state.ts";
import { type OrgRef, practicePage } from "../views/show.tsx";
import { getPractice, type Practice } from "./service.ts";
import "../views/messages.ts";

/** Single-segment paths under /practices that belong to other pages (the submission form, feeds…). */
const RESERVED = new Set([
  "new",
  "feed.xml",
  "rss.xml",
  "moderation",
  "import",
  "submissions",
  "drafts",
  "mine",
]);

const RELATED = 4;

function listState(c: Ctx): ListState {
  const all = (k: string) =>
    (c.req.queries(k) ?? [])
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);
  const one = (k: string) => (c.req.query(k) ?? "").trim();
  const page = Number(one("page") || "1");
  return {
    q: one("q").slice(0, 500),
    theme: all("theme"),
    orgType: all("orgType"),
    country: all("country").map((v) => v.toUpperCase()),
    year: one("year"),
    language: one("language"),
    network: one("network"),
    sort: one("sort"),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The list's URL without its empty query parameters, or null when it has none. */
export function withoutEmptyParams(url: string): string | null {
  const u = new URL(url);
  const params = [...u.searchParams];
  if (!params.some(([, v]) => v.trim() === "")) return null;
  const kept = new URLSearchParams(params.filter(([, v]) => v.trim() !== "")).toString();
  return kept ? `${u.pathname}?${kept}` : u.pathname;
}

/** The query for the search service, without empty values (an empty select means "any"). */
function searchInput(s: ListState): Record<string, unknown> {
  const input: Record<string, unknown> = { page: s.page, limit: 10 };
  if (s.q) input.q = s.q;
  for (const k of ["theme", "orgType", "country"] as const) if (s[k].length) input[k] = s[k];
  for (const k of ["year", "language", "network", "sort"] as const) if (s[k]) input[k] = s[k];
  return input;
}

async function showData(c: Ctx, practice: Practice, uploadForm: FormState = emptyForm()) {
  const deps = c.get("deps");
  const actor = c.get("actor");
  const orgs = await Promise.all(
    practice.organisationIds.map((id) => organisationById(deps, id).catch(() => null)),
  );
  const organisations: OrgRef[] = orgs.flatMap((o) =>
    o ? [{ slug: o.slug, name: o.name, type: o.type }] : [],
  );
  const network = practice.networkId ? await networkById(deps, practice.networkId).catch(() => null) : null;
  let related: SearchResult["items"] = [];
  if (practice.themes.length) {
    const r = await searchPractices(deps, actor, { theme: practice.themes, sort: "date", limit: 24 });
    const shared = (h: { themes: string[] }) =>
      h.themes.filter((x) => practice.themes.includes(x as never)).length;
    related = r.items
      .filter((h) => h.id !== practice.id)
      .sort((a, b) => shared(b) - shared(a))
      .slice(0, RELATED);
  }
  const media = await mediaOf(deps, practice);
  return {
    practice,
    organisations,
    network: network ? { slug: network.slug, name: network.name } : null,
    media,
    figures: await practiceFigures(deps, practice, media),
    related,
    canManageMedia: canManageMedia(actor, practice),
    canEdit: practice.status === "published" && can(actor, "edit-published", practice),
    uploadForm,
  };
}

/** The practice of the path as the person may read it, set as `practice` (404 otherwise). */
const practiceOfSlug = load("practice", (c) =>
  getPractice(c.get("deps"), c.get("actor"), c.req.param("slug") ?? ""),
);

/**
 * The practice, then the right to add its images and attachments: a 403 for anyone who reads it but
 * may not (signed out too: there is nothing to sign in for on a form only coordinators see).
 */
const managingMedia = [
  practiceOfSlug,
  authorize(
    can,
    "manage-media",
    (c: With<{ practice: Practice }>) => c.get("practice"),
    () => new AppError(403, "forbidden", "errors.forbidden"),
  ),
] as const;

export function practicePageRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/practices", async (c) => {
    // The form sends every field, empty ones too (without JavaScript: public/practices.js leaves
    // them out): the same search at its clean URL, filters kept. A 303, so the browser keeps the
    // #results fragment it asked for.
    const clean = withoutEmptyParams(c.req.url);
    if (clean) return c.redirect(clean, 303);
    const deps = c.get("deps");
    const state = listState(c);
    const networks = (await listNetworks(deps)).map((n) => ({ id: n.id, slug: n.slug, name: n.name }));
    try {
      const [result, figures] = await Promise.all([
        searchPractices(deps, c.get("actor"), searchInput(state)),
        isLanding(state) ? catalogueFigures(deps) : undefined,
      ]);
      return practicesListPage(c, { state, result, errors: [], networks, figures });
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 422) throw err;
      return practicesListPage(c, { state, result: null, errors: err.fieldErrors, networks }, 422);
    }
  });

  r.get("/practices/:slug", async (c, next) => {
    const slug = c.req.param("slug");
    if (RESERVED.has(slug)) return next();
    const practice = await getPractice(c.get("deps"), c.get("actor"), slug);
    return practicePage(c, await showData(c, practice));
  });

  r.get("/practices/:slug/media/:id", practiceOfSlug, async (c) => {
    const deps = c.get("deps");
    const practice = c.get("practice");
    const { media, bytes } = await mediaFile(deps, practice, c.req.param("id"));
    const disposition = media.kind === "image" ? "inline" : "attachment";
    c.header("Content-Type", media.contentType);
    c.header("Content-Disposition", `${disposition}; filename="${media.filename}"`);
    c.header("X-Content-Type-Options", "nosniff");
    // Public practices' files may be cached anywhere; others only by the viewer's browser.
    c.header(
      "Cache-Control",
      practice.visibility === "public" && practice.status === "published"
        ? "public, max-age=3600"
        : "private, max-age=3600",
    );
    return c.body(bytes as Uint8Array<ArrayBuffer>);
  });

  r.post("/practices/:slug/media", ...managingMedia, async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const practice = c.get("practice");
    const t = c.get("t");
    const values = await readForm(c);
    const body = await c.req.parseBody();
    const file = body.file instanceof File && body.file.size > 0 ? body.file : null;
    const form: FormState = { values, errors: {} };
    const kind: MediaKind = values.kind === "attachment" ? "attachment" : "image";
    if (!file) form.errors.file = t("practices.media.noFile");
    else {
      try {
        await addMedia(deps, actor, practice, {
          kind,
          bytes: new Uint8Array(await file.arrayBuffer()),
          filename: file.name,
          title: values.title,
          alt: values.alt,
        });
        return redirectWithFlash(c, `/practices/${practice.slug}`, {
          kind: "success",
          key: "practices.media.added",
        });
      } catch (err) {
        if (!(err instanceof AppError) || ![413, 422].includes(err.status)) throw err;
        for (const e of err.fieldErrors) form.errors[e.field] ??= t(e.message);
        if (!err.fieldErrors.length) form.errors.file = t(err.message);
        return practicePage(c, await showData(c, practice, form), err.status);
      }
    }
    return practicePage(c, await showData(c, practice, form), 422);
  });

  // Who may remove a file is the service's check (a 403 there, after the practice's 404).
  r.post("/practices/:slug/media/:id/delete", practiceOfSlug, async (c) => {
    const deps = c.get("deps");
    const actor = c.get("actor");
    const practice = c.get("practice");
    await removeMedia(deps, actor, practice, c.req.param("id"));
    return redirectWithFlash(c, `/practices/${practice.slug}`, {
      kind: "success",
      key: "practices.media.removed",
    });
  });

  return r;
}
