// Certificate pages, mirroring conferences' attendance certificates: the confirmation page is public
// by code (whoever holds the code may check it, as with a printed certificate), the PDF goes to its
// owner only (signed in; anyone else's, or an unknown code, is a 404).
import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/context.ts";
import { requireActor } from "../../platform/http/guards.ts";
import { renderLearningCertificate } from "./certificates.pdf.ts";
import { certificateWithdrawn, verifyCertificate } from "./certificates.service.ts";
import { certificatePage } from "./views/certificate.tsx";
import "./messages.certificates.ts";

export function certificateRoutes() {
  const r = new Hono<AppEnv>();

  // First: the page's route below would take "….pdf" for a code.
  r.get("/learning/certificates/:file{[0-9A-Za-z-]{1,40}\\.pdf}", requireActor(), async (c) => {
    const deps = c.get("deps");
    const found = await verifyCertificate(deps, c.req.param("file").slice(0, -4));
    if (!found || found.certificate.accountId !== c.get("actor").id) return c.notFound();
    const pdf = await renderLearningCertificate(deps, found);
    return c.body(new Uint8Array(pdf), 200, {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="certificate-${found.certificate.code}.pdf"`,
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    });
  });

  r.get("/learning/certificates/:code", async (c) => {
    const code = c.req.param("code");
    const deps = c.get("deps");
    const found = await verifyCertificate(deps, code);
    const withdrawn = !found && (await certificateWithdrawn(deps, code));
    return certificatePage(c, { found, code, withdrawn });
  });

  return r;
}
