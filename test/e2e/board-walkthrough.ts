// A walk through a whole board session in the board view, for a person to look at: the Castelli
// Romani table's demo session, its facilitator and a member side by side, screenshots of each phase
// at desktop (1280 px) and phone (390×844) widths, and a line per step saying whether the page was
// loaded again (it should never be). Not a test:
// `node --import ./bin/ts-loader.mjs test/e2e/board-walkthrough.ts [outDir]`.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { launchBrowser, signIn } from "./support/browser.ts";
import { startBottega } from "./support/server.ts";

const OUT = path.resolve(process.argv[2] ?? "/tmp/board-walk");
mkdirSync(OUT, { recursive: true });
const server = await startBottega();
const browser = await launchBrowser();
const JOIN = "/boards/join/sbcr-obiettivi-comuni";

async function person(email: string, width: number, height: number): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height } });
  const page = await ctx.newPage();
  await signIn(page, server.baseUrl, email);
  await page.goto(`${server.baseUrl}${JOIN}?lang=it`);
  await page.goto(`${page.url()}?view=board&lang=it`);
  await page.waitForFunction(() => document.getElementById("board")?.dataset.connected === "yes");
  // A marker the page loses if it is ever loaded again.
  await page.evaluate(() => {
    (window as unknown as { kept: boolean }).kept = true;
  });
  return page;
}
const stillSamePage = (p: Page) => p.evaluate(() => (window as unknown as { kept?: boolean }).kept === true);

async function shoot(name: string, pages: [string, Page][]) {
  for (const [who, p] of pages) {
    await p.waitForTimeout(400);
    const file = path.join(OUT, `${name}-${who}.png`);
    await p.screenshot({ path: file, fullPage: false });
    console.log(`${file} same page: ${await stillSamePage(p)}`);
  }
}

/** Acts, then waits until the page has drawn the command's result (data-acked, as the tests do). */
async function commandAndWait(page: Page, control: Locator, how: (c: Locator) => Promise<void>) {
  const before = Number((await page.locator("#board").getAttribute("data-acked")) ?? 0);
  await how(control);
  await page.waitForFunction(
    (n) => Number(document.getElementById("board")?.dataset.acked ?? 0) > n,
    before,
    { timeout: 10_000 },
  );
}

try {
  const fac = await person("giulia.ferrari@sbcr.example", 1280, 900);
  const member = await person("elena.conti@comune-frascati.example", 390, 844);
  const pages: [string, Page][] = [
    ["facilitator-1280", fac],
    ["member-390", member],
  ];
  await shoot("1-collect", pages);
  for (const text of ["Una newsletter unica per tutte le biblioteche", "Calendario condiviso degli eventi"]) {
    const field = member.locator("main textarea[name=text]").first();
    await field.fill(text);
    await commandAndWait(member, field, (c) => c.press("Enter"));
  }
  await shoot("2-collect-notes", pages);
  await member.screenshot({ path: path.join(OUT, "2-collect-notes-member-390-full.png"), fullPage: true });
  const next = async () => commandAndWait(fac, fac.locator("#next-phase-form button"), (b) => b.click());
  await next();
  await fac.waitForTimeout(2500);
  await shoot("3-group", pages);
  // Drag the first note of the first column onto the second.
  const notes = fac.locator(".board-column").first().locator("li[draggable=true]");
  if ((await notes.count()) >= 2) {
    await notes.nth(1).scrollIntoViewIfNeeded();
    const a = await notes.nth(0).boundingBox();
    const b = await notes.nth(1).boundingBox();
    if (a && b) {
      await fac.mouse.move(a.x + 20, a.y + 10);
      await fac.mouse.down();
      await fac.mouse.move(b.x + 40, b.y + 20, { steps: 8 });
      await fac.mouse.up();
    }
    await fac.waitForTimeout(1000);
  }
  await shoot("4-grouped", pages);
  await next();
  await fac.waitForTimeout(2500);
  await shoot("5-vote", pages);
  const plus = member.locator(".board-dots button", { hasText: "+" }).first();
  if (await plus.count()) await commandAndWait(member, plus, (b) => b.click());
  await shoot("6-voted", pages);
  await next();
  await fac.waitForTimeout(2500);
  await shoot("7-discuss", pages);
} finally {
  await browser.close();
  await server.stop();
}
