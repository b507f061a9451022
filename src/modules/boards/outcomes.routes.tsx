// A session's outcomes: the summary page, the session's files (Markdown, CSV, tagged PDF; in any
// phase, export.ts) and the facilitators' "promote" form. Visible to whoever may see the session (its participants, guests
// with their cookie, members of its network); anyone else gets a 404, as on the board itself.
import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { validateForm } from "../../platform/http/forms.ts";
import { requireActor } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { renderError } from "../../platform/ui/error-page.tsx";
import { exportFileName, summaryCsv, summaryMarkdown } from "./export.ts";
import { sessionIdParam, visitorOf } from "./guards.ts";
import { sessionSummary } from "./outcomes.service.ts";
import { PromoteForm, parseSource, promote, promoteContext } from "./promote.service.ts";
import { summaryPdf } from "./summary-pdf.ts";
import { promotePage, summaryPage } from "./views/outcomes-page.tsx";
import "./messages.outcomes.ts";

const fmt = (c: Ctx) => ({ t: c.get("t"), lang: c.get("lang"), zone: c.get("deps").config.timeZone });

export function outcomeRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/boards/:id/summary", async (c) => {
    const id = sessionIdParam(c);
    const s = await sessionSummary(c.get("deps"), visitorOf(c, id), id);
    const f = fmt(c);
    return summaryPage(c, s, (d) => formatDate(f.lang, d, f.zone));
  });

  const TYPES = {
    md: "text/markdown; charset=utf-8",
    csv: "text/csv; charset=utf-8",
    pdf: "application/pdf",
  } as const;
  for (const format of ["md", "csv", "pdf"] as const) {
    r.get(`/boards/:id/summary.${format}`, async (c) => {
      const id = sessionIdParam(c);
      const deps = c.get("deps");
      // Any phase: a snapshot of what this person may see so far, the full summary once closed.
      const s = await sessionSummary(deps, visitorOf(c, id), id);
      const f = fmt(c);
      let body: string | Uint8Array<ArrayBuffer>;
      if (format === "md") body = summaryMarkdown(f, s);
      else if (format === "csv") body = summaryCsv(f, s);
      else {
        try {
          body = new Uint8Array(await summaryPdf(f, s, `${deps.config.baseUrl}/boards/${id}/summary`));
        } catch (err) {
          // Every PDF worker busy and the queue full: a page saying when to try again, not a wait.
          if (!(err instanceof AppError && err.status === 503)) throw err;
          const wait = Number(err.headers["Retry-After"] ?? 10);
          c.header("Retry-After", String(wait));
          return renderError(c, 503, "boards.outcomes.pdfBusy", { n: wait });
        }
      }
      return c.body(body, 200, {
        "Content-Type": TYPES[format],
        "Content-Disposition": `attachment; filename="${exportFileName(s.session, deps.clock.now(), f.zone, format)}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      });
    });
  }

  // The board's earlier export links (in saved pages and notes): the same files, one code path.
  for (const format of ["md", "csv"] as const) {
    r.get(`/boards/:id/export.${format}`, (c) => {
      const id = sessionIdParam(c);
      const query = new URL(c.req.url).search;
      return c.redirect(`/boards/${id}/summary.${format}${query}`, 301);
    });
  }

  r.get("/boards/:id/promote", requireActor(), async (c) => {
    const source = parseSource(c.req.query("source"));
    const ctx = await promoteContext(c.get("deps"), c.get("actor"), sessionIdParam(c), source);
    return promotePage(c, ctx, emptyForm({ title: ctx.content.title, target: "practice" }));
  });

  r.post("/boards/:id/promote", requireActor(), async (c) => {
    const actor = c.get("actor");
    const id = sessionIdParam(c);
    const deps = c.get("deps");
    const t = c.get("t");
    const v = await validateForm(c, PromoteForm);
    // Who may promote and from what is checked first: a refusal is a 403/404, not a form error.
    const ctx = await promoteContext(deps, actor, id, parseSource(v.form.values.source));
    if (!v.ok) return promotePage(c, ctx, v.form, 422);
    try {
      const done = await promote(deps, actor, id, v.data, c.get("lang"), {
        from: (session, column) => t("boards.promote.from", { session, column }),
        outcomes: t("boards.promote.outcomes"),
      });
      return redirectWithFlash(c, `/boards/${id}/summary`, {
        kind: "success",
        key: `boards.promote.done.${done.target}`,
      });
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 422) throw err;
      const errors: FormState["errors"] = {};
      for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
      return promotePage(c, ctx, { values: v.form.values, errors }, 422);
    }
  });

  return r;
}
