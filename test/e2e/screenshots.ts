// Screenshots for a person to look at: key pages at desktop (1280 px) and phone (390 px) widths, in
// both languages, signed out and signed in. Not a test: `node --import ./bin/ts-loader.mjs test/e2e/screenshots.ts [outDir]`.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { launchBrowser, signIn } from "./support/browser.ts";
import { startBottega } from "./support/server.ts";

const OUT = path.resolve(process.argv[2] ?? "/tmp/shots");
const PAGES = [
  ["home", "/"],
  ["sign-in", "/sign-in"],
  ["network", "/networks/sistema-bibliotecario-castelli-romani"],
  ["networks", "/networks"],
  ["report-a-project", "/practices/new"],
  ["practice-moderation", "/practices/moderation"],
] as const;
const WIDTHS = [1280, 390];

mkdirSync(OUT, { recursive: true });
const server = await startBottega();
const browser = await launchBrowser();
try {
  for (const who of ["anonymous", "signed-in"] as const) {
    for (const width of WIDTHS) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await ctx.newPage();
      if (who === "signed-in") await signIn(page, server.baseUrl, "giulia.ferrari@sbcr.example");
      for (const [name, p] of PAGES) {
        for (const lang of ["it", "en"]) {
          const res = await page.goto(`${server.baseUrl}${p}?lang=${lang}`);
          const file = path.join(OUT, `${name}-${who}-${lang}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(`${res?.status()} ${file}`);
        }
      }
      await ctx.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
