// The home page on the demo data: a title that is not the site's name, the catalogue's search box,
// the public sections (meetings, conferences, practices, calls, networks), and for a signed-in person
// their own on top. Every section comes from a module's fill of the `app.home.sections` slot: the
// page names no module, and a section without its fill is not there.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODULES } from "../src/app/modules.ts";
import { invalidateRenderCache } from "../src/platform/http/render-cache.ts";
import { allKeys } from "../src/platform/i18n/index.ts";
import { installSlotFills } from "../src/platform/ui/slots.tsx";
import { Client } from "./helpers/client.ts";
import { buildConference, confirmedRegistration } from "./helpers/conferences.ts";
import { seedDemo } from "./helpers/demo.ts";
import { buildAccount, signedIn } from "./helpers/factories.ts";
import { jobsSettled } from "./helpers/jobs.ts";
import { createTestRuntime, type TestRuntime } from "./helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
});
afterAll(() => t.close());

const text = async (r: Response) => (await r.text()).replace(/&#39;/g, "'").replace(/&quot;/g, '"');
const idOf = async (email: string) =>
  (await t.deps.pool.query("select id from accounts where email = $1", [email])).rows[0].id as string;
/** The part of the page from the element with `id` to the next section's heading. */
const sectionOf = (page: string, id: string) => {
  const from = page.indexOf(`id="${id}"`);
  if (from < 0) return "";
  const next = page.indexOf("<section", from);
  return page.slice(from, next < 0 ? undefined : next);
};
const allFills = () => MODULES.flatMap((m) => (m.slots ? [m.slots] : []));

describe("home page", () => {
  it("signed out: one H1 that is not the site's name, the search box and the public sections", async () => {
    const page = await text(await new Client(t).get("/?lang=it"));
    const h1s = page.match(/<h1[^>]*>([^<]*)<\/h1>/g) ?? [];
    expect(h1s).toHaveLength(1);
    expect(h1s[0]).toContain("Buone pratiche, incontri e bandi delle reti");
    expect(h1s[0]).not.toContain("Bottega");
    // The search box: a GET form to the catalogue's search, with its label.
    expect(page).toMatch(/<form method="get" action="\/practices#results"/);
    expect(page).toContain('<label for="home-q"');
    expect(page).toMatch(/<input type="search" id="home-q" name="q"/);
    // Public meetings with the places left, and the way to the labs.
    // (The soonest four: Lab III's next meeting is among them; the Smart City Bootcamp's online
    // sessions are public too.)
    const meetings = sectionOf(page, "home-meetings");
    expect(meetings).toContain("Secondo incontro: identità digitale e pagamenti");
    expect(meetings).toMatch(/\d+ posti liberi|Posti esauriti|Posti senza limite/);
    expect(meetings).toContain('href="/labs"');
    expect(sectionOf(page, "home-conferences")).toContain("/conferences/");
    const practices = sectionOf(page, "home-practices");
    expect(practices).toContain("In evidenza");
    expect(practices).toContain("Biblioteca diffusa Castelli Romani");
    // Open calls by deadline: the soonest first.
    const funding = sectionOf(page, "home-funding");
    const deadlines = [...funding.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
    expect(deadlines.length).toBeGreaterThan(1);
    expect([...deadlines].sort()).toEqual(deadlines);
    expect(sectionOf(page, "home-networks")).toContain("Sistema bibliotecario Castelli Romani");
    // Nothing personal for a visitor; the invitation to sign up instead.
    expect(page).not.toContain('id="home-personal"');
    expect(page).toContain('href="/sign-up"');
    // The favicon, on every page through the layout.
    expect(page).toContain('<link rel="icon" href="/static/app/favicon.svg" type="image/svg+xml"/>');
    const icon = await new Client(t).get("/static/app/favicon.svg");
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
  });

  it("signed in: the person's next meeting and what waits for them, on top", async () => {
    const elena = await signedIn(t, await idOf("elena.conti@comune-frascati.example"));
    const page = await text(await elena.get("/?lang=it"));
    expect(page).toContain("Per te, Elena Conti");
    const personal = page.slice(page.indexOf('id="home-personal"'), page.indexOf('id="home-meetings"'));
    expect(personal).toContain("Il tuo prossimo incontro");
    expect(personal).toContain("Secondo tavolo: il piano editoriale condiviso");
    expect(personal).toContain("Iscrizione confermata");
    expect(personal).toContain("Sessioni partecipative in corso");
    expect(page.indexOf('id="home-personal"')).toBeLessThan(page.indexOf('id="home-meetings"'));
    expect(page).not.toContain('href="/sign-up"');

    const giulia = await signedIn(t, await idOf("giulia.ferrari@sbcr.example"));
    const coordinator = await text(await giulia.get("/?lang=en"));
    const waiting = sectionOf(coordinator, "home-waiting");
    expect(waiting).toContain("Waiting for you");
    expect(waiting).toMatch(/\d+ reports? to moderate/);
    expect(waiting).toContain('href="/practices/moderation#queue-waiting"');
    // Someone with no registration is told so, and where to find a meeting.
    const next = sectionOf(coordinator, "home-next-meeting");
    expect(next).toContain("You have no registration for an upcoming meeting.");
    expect(next).toContain('href="/labs"');
  });

  it("shows the conferences a person registered for, only when their address is confirmed", async () => {
    const network = (await t.deps.pool.query("select id from networks order by name limit 1")).rows[0]
      .id as string;
    const conf = await buildConference(t, network, { title: "Convegno della home" });
    const verified = await buildAccount(t);
    const unverified = await buildAccount(t, { verified: false });
    await confirmedRegistration(t, conf, verified.email);
    await confirmedRegistration(t, conf, unverified.email);
    const page = await text(await (await signedIn(t, verified.id)).get("/?lang=it"));
    const mine = sectionOf(page, "home-my-conferences");
    expect(mine).toContain("I tuoi convegni");
    expect(mine).toContain("Convegno della home");
    expect(mine).toMatch(new RegExp(`href="/conferences/${conf.slug}/me\\?t=[\\w%-]+"`));
    // Anyone may sign up with someone's address: an unconfirmed one shows nobody's registration.
    const other = await text(await (await signedIn(t, unverified.id)).get("/?lang=it"));
    expect(other).not.toContain('id="home-my-conferences"');
  });

  it("speaks English, with the same message keys in both catalogues", async () => {
    const page = await text(await new Client(t).get("/?lang=en"));
    expect(page).toContain("Good practices, meetings and calls from the networks");
    expect(page).toContain("Upcoming meetings open to all");
    expect(page).toContain("Open calls, by deadline");
    // The sections' messages are registered by their own files: none missing in either language.
    expect(allKeys("en").sort()).toEqual(allKeys("it").sort());
    expect(page).not.toMatch(/>\s*[a-z]+\.home\.[a-zA-Z.]+\s*</);
  });

  it("shows a section only through its module's fill", async () => {
    const c = await signedIn(t, await idOf("elena.conti@comune-frascati.example"));
    try {
      // Funding's manifest without its home fill: the calls are gone, the rest stays.
      installSlotFills(
        MODULES.flatMap((m) => {
          if (!m.slots) return [];
          const { "app.home.sections": _home, ...rest } = m.slots;
          return [m.name === "funding" ? rest : m.slots];
        }),
      );
      invalidateRenderCache();
      const without = await text(await c.get("/?lang=it"));
      expect(without).not.toContain('id="home-funding"');
      expect(without).toContain('id="home-networks"');
      installSlotFills([
        ...allFills(),
        {
          "app.home.sections": {
            order: 1,
            render: async (_c, s) =>
              s.place === "personal" ? (
                <p id="home-test-fill">{s.accountId}</p>
              ) : s.place === "public" ? (
                <p id="home-test-public">{String(s.accountId)}</p>
              ) : null,
          },
        },
      ]);
      const withTest = await text(await c.get("/?lang=it"));
      expect(withTest).toContain(
        `<p id="home-test-fill">${await idOf("elena.conti@comune-frascati.example")}</p>`,
      );
      expect(withTest.indexOf('id="home-test-fill"')).toBeLessThan(withTest.indexOf('id="home-meetings"'));
      // The public place is the same for everyone (it is shared as markup): no person in its subject.
      expect(withTest).toContain('<p id="home-test-public">null</p>');
      // Only the networks' fill: no personal part, so no "For you" heading over nothing.
      installSlotFills(MODULES.flatMap((m) => (m.name === "identity" && m.slots ? [m.slots] : [])));
      const bare = await text(await c.get("/?lang=it"));
      expect(bare).not.toContain('id="home-personal"');
      expect(bare).not.toContain('id="home-q"');
      expect(bare).toContain('id="home-networks"');
    } finally {
      installSlotFills(allFills());
      invalidateRenderCache();
    }
  });

  it("memoises the public sections, signed in too, until the next write", async () => {
    const c = await signedIn(t, await idOf("elena.conti@comune-frascati.example"));
    const rename = (title: string) =>
      t.deps.pool.query("update practices set title = $1 where slug = 'biblioteca-diffusa-castelli-romani'", [
        title,
      ]);
    // The earlier tests' jobs (mails, events) write when they run, which ends what is remembered:
    // let them finish first.
    await jobsSettled(t);
    expect(await text(await c.get("/?lang=it"))).toContain("Biblioteca diffusa Castelli Romani");
    // A write around Kysely (as another process's would be) does not end the memo…
    await rename("Biblioteca diffusa ricordata");
    expect(await text(await c.get("/?lang=it"))).toContain("Biblioteca diffusa Castelli Romani");
    // …the next write through the application does.
    invalidateRenderCache();
    expect(await text(await c.get("/?lang=it"))).toContain("Biblioteca diffusa ricordata");
    await sql`update practices set title = ${"Biblioteca diffusa Castelli Romani"} where slug = ${"biblioteca-diffusa-castelli-romani"}`.execute(
      t.deps.db,
    );
    expect(await text(await c.get("/?lang=it"))).toContain("Biblioteca diffusa Castelli Romani");
  });

  it("never answers a 500 to odd query strings", async () => {
    const c = new Client(t);
    for (const q of [
      "?q=%ff",
      "?lang=xx",
      "?%",
      "?place=personal&accountId=x",
      `?q=${"a".repeat(5000)}`,
      "?page=-1",
    ]) {
      const res = await c.get(`/${q}`);
      expect(res.status, q).toBe(200);
    }
  });
});
