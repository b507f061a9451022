// Runs axe-core in the page with the WCAG 2.2 AA rule set and fails with a readable list of
// violations (rule, impact, help, and each offending element with axe's explanation).
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve("axe-core/axe.min.js");

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Violation = {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
};

// The page's strict CSP allows scripts from its own origin only (no inline, so no addScriptTag with
// content): axe is served by the browser itself under a same-origin URL the app never uses, and the
// page's CSP stays in force while axe checks it.
const AXE_URL_PATH = "/__e2e__/axe.min.js";

/** Violations of the WCAG tags on the current page. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  if (!loaded) {
    await page.route(`**${AXE_URL_PATH}`, (route) =>
      route.fulfill({ path: AXE_PATH, contentType: "text/javascript; charset=utf-8" }),
    );
    await page.addScriptTag({ url: new URL(AXE_URL_PATH, page.url()).toString() });
  }
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  }, WCAG_TAGS);
}

export function formatViolations(where: string, violations: Violation[]): string {
  if (!violations.length) return `${where}: no violations`;
  const lines = [`${where}: ${violations.length} axe violation(s)`];
  for (const v of violations) {
    lines.push(`- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const n of v.nodes.slice(0, 5)) {
      lines.push(`    at ${n.target.join(" ")}  ${n.html.slice(0, 160)}`);
      if (n.failureSummary) lines.push(`      ${n.failureSummary.replace(/\n/g, "\n      ")}`);
    }
    if (v.nodes.length > 5) lines.push(`    … and ${v.nodes.length - 5} more`);
  }
  return lines.join("\n");
}
