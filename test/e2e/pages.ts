// Every page of the application, as the accessibility test visits it: with demo content, in both
// languages, as the person who would see it. Add a line here when a module adds a page.
import type { Page } from "playwright-core";
import {
  DEMO_EDIT_TOKEN,
  DEMO_LAB_INVITATION_TOKEN,
  DEMO_PASSWORD,
  submitAndWait,
} from "./support/browser.ts";

export type Who = "anonymous" | "member" | "coordinator" | "admin";

export type PageCase = {
  name: string;
  path: string;
  /** Who looks at the page; each is a demo account signed in through the real form. */
  as: Who;
  /** Expected HTTP status of the page (error pages are pages too). */
  status?: number;
  /** Brings the page into the state under test after loading it (e.g. a form with errors). */
  prepare?: (page: Page) => Promise<number | undefined>;
  /**
   * The page under test is the one a mailed link opens: `prepare` asks for the mail (and must answer
   * 200), then the test opens the newest link in the SMTP sink that starts with this path. Each
   * language gets a fresh link from a real mail.
   */
  mailedLink?: string;
};

/** Asks for a password reset for a demo account: the page then says to check the mail. */
const requestReset = async (page: Page) => {
  await page.locator("main input[name=email]").fill("marco.rossi@comune-nemi.example");
  return submitAndWait(page, page.locator("main form:has(input[name=_csrf]) [type=submit]").first());
};

/** Demo accounts (src/modules/identity/demo.ts), one per kind of viewer. */
export const ACCOUNTS: Record<Exclude<Who, "anonymous">, string> = {
  member: "elena.conti@comune-frascati.example",
  coordinator: "giulia.ferrari@sbcr.example",
  admin: "admin@bottega.example",
};

/** Follows the first link in main matching `selector` (pages whose URL holds a generated id). */
const follow = (selector: string) => async (page: Page) => {
  const [res] = await Promise.all([
    page.waitForNavigation(),
    page.locator(`main ${selector}`).first().click(),
  ]);
  return res?.status();
};

/** From a board session's page (its join link redirects participants there) to its summary. */
const toSummary = async (page: Page) => {
  const res = await page.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname}/summary`);
  return res?.status();
};

/** From the summary, the facilitator's "promote" form for the most voted group. */
const toPromote = async (page: Page) => {
  if ((await toSummary(page)) !== 200) return 0;
  return follow('a[href*="/promote?source=group:"]')(page);
};

const submitEmpty = (page: Page) =>
  submitAndWait(page, page.locator("main form:has(input[name=_csrf]) [type=submit]").first());

const SBCR = "/networks/sistema-bibliotecario-castelli-romani";
/** The demo's Open Badges credential (credentials/demo.ts). */
const CREDENTIAL = "/credentials/0d3c0000-c4ed-4000-8000-000000000001";
const LAB_II = "/labs/lab-ii-valorizzazione-del-patrimonio-culturale";
const TAVOLO = "/labs/tavolo-territoriale-sulla-comunicazione-social";
const LAB_II_PLAN = `${LAB_II}/plans/piano-d-azione-integrato-del-lab-ii`;
const PRACTICE = "/practices/biblioteca-diffusa-castelli-romani";
const UPCOMING = "secondo-tavolo-il-piano-editoriale-condiviso";
const GENOA_2018 = "/conferences/interactive-cities-final-conference-genoa";
const LAB_II_FINAL = "/conferences/lab-ii-conferenza-finale-valorizzare-il-patrimonio-culturale";
/** Genoa's next edition: six weeks after the day the demo was loaded, open for registration. */
const GENOA_NEXT = "/conferences/interactive-cities-genoa-next-edition";

let mailboxes = 0;
/** A new address for each mail asked for, so links never clash or hit the per-address limit. */
const freshAddress = (who: string) => `${who}.${Date.now()}.${mailboxes++}@example.org`;

const submitMain = (page: Page) =>
  submitAndWait(page, page.locator("main form:has(input[name=_csrf]) [type=submit]").first());

/** Signs up a new person: the verification link arrives by mail. */
const signUpForLink = async (page: Page) => {
  await page.locator("main input[name=name]").fill("Persona Di Prova");
  await page.locator("main input[name=email]").fill(freshAddress("verifica"));
  await page.locator("main input[name=password]").fill("una-password-lunga-2026");
  return submitMain(page);
};

/** Asks for a sign-in link for a demo account. */
const askSignInLink = async (page: Page) => {
  await page.locator("main input[name=email]").fill("paolo.bianchi@ancilab.example");
  return submitMain(page);
};

/** Asks, as the signed-in member, to move the account to a new address: the link goes there. */
const askEmailChange = async (page: Page) => {
  await page.locator("main input[name=email]").fill(freshAddress("nuovo-indirizzo"));
  await page.locator("main input[name=password]").fill(DEMO_PASSWORD);
  return submitMain(page);
};

/** "Report a project": the first step sent empty. */
const reportEmpty = (page: Page) => submitAndWait(page, page.locator("main button[value=next]"));

/** Fills the first three steps of "Report a project" and reaches the last one. */
async function reportToLastStep(page: Page) {
  await page.locator("main input[name=title]").fill("Letture in piazza");
  await page
    .locator("main textarea[name=summary]")
    .fill("Letture all'aperto con le biblioteche del territorio.");
  await page.locator("main label[for=themes-libraries]").click();
  await submitAndWait(page, page.locator("main button[value=next]"));
  await page.locator("main textarea[name=problem]").fill("Pochi lettori tra i giovani.");
  await page.locator("main textarea[name=solution]").fill("Letture nelle piazze il sabato.");
  await submitAndWait(page, page.locator("main button[value=next]"));
  return submitAndWait(page, page.locator("main button[value=next]"));
}

const reportLastStepEmpty = async (page: Page) => {
  await reportToLastStep(page);
  return submitAndWait(page, page.locator("main button[value=next]"));
};

/** Fills every step of "Report a project" and reaches the check-answers page. */
const reportToCheck = async (page: Page) => {
  await reportToLastStep(page);
  await page.locator("main input[name=name]").fill("Anna Bianchi");
  await page.locator("main input[name=email]").fill("anna.bianchi@example.org");
  await page.locator("main label[for=consentPublication]").click();
  await page.locator("main label[for=consentContact]").click();
  return submitAndWait(page, page.locator("main button[value=next]"));
};

/** Opens, from "Your reports", the demo member's report waiting for her changes. */
const openOwnReport = async (page: Page) => {
  const res = await Promise.all([
    page.waitForNavigation(),
    page.locator("main a[href^='/practices/submissions/']").first().click(),
  ]);
  return res[0]?.status();
};

/** Opens the report waiting for changes from the coordinator's queue. */
const openReport = async (page: Page) => {
  const res = await Promise.all([
    page.waitForNavigation(),
    page.locator("main a", { hasText: "Wikipedia e archivi comunali" }).click(),
  ]);
  return res[0]?.status();
};

/** Asks for changes on a report in review without giving the reason. */
const decideWithoutReason = async (page: Page) => {
  await Promise.all([
    page.waitForNavigation(),
    page.locator("main a", { hasText: "Il podcast della biblioteca di Marino" }).click(),
  ]);
  await page.locator("main select[name=decision]").selectOption("request-changes");
  return submitAndWait(page, page.locator("main form[action^='/practices/moderation/'] [type=submit]"));
};

/** The list view of the board session the page shows. */
const listView = (page: Page) => `${new URL(page.url()).origin}${new URL(page.url()).pathname}?view=list`;

/** On a board's join page, joins (then the session's page shows); already joined: the session shows. */
const joinBoardIfAsked = async (page: Page) => {
  const join = page.locator("main form:has(input[name=_csrf]) [type=submit]");
  if (!page.url().includes("/boards/join/") || (await join.count()) === 0) return 200;
  // Joining answers 303 to the session's page.
  return (await submitAndWait(page, join.first())) === 303 ? 200 : 0;
};

/** Uploads a small CSV (one good record, one without a title) as drafts: the report lists the refusal. */
const uploadImport = async (page: Page) => {
  await page.locator("main input[type=file]").setInputFiles({
    name: "pratiche.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "title;summary;country;language\nBozza importata;Prova di accessibilità;IT;it\n;Senza titolo;IT;it\n",
    ),
  });
  await page.locator("main label[for=draft]").click();
  return submitMain(page);
};

const FUNDING_CALL = "/funding/regione-lazio-biblioteche-e-comunicazione-del-territorio";

const BASICS = "/learning/courses/smart-city-basics";
const COHORT_LINK = 'section[aria-labelledby="course-cohorts"] a[href^="/learning/cohorts/"]';
const PROJECTS = "/learning/courses/leading-digital-projects";
const PILOT_READING = "From pilot to lasting service";
/** From the course page to the form of its reading's document. */
const openReadingForm = async (page: Page) =>
  (await follow(`a:text-is("${PILOT_READING}")`)(page)) === 200
    ? follow('a[href$="/reading/edit"]')(page)
    : 0;
/** From a course page: enrols (when the button is there), then opens the lesson whose link reads `title`. */
const enrolAndOpen = (title?: string) => async (page: Page) => {
  const enrol = page.locator("main form[action$='/enrol'] [type=submit]");
  if (await enrol.count()) await submitAndWait(page, enrol.first());
  const res = await page.goto(`${new URL(page.url()).origin}${BASICS}`);
  return title ? follow(`a:text-is("${title}")`)(page) : res?.status();
};
/** …and answers its quiz wrongly (the first option of each question, a wrong short answer). */
const failQuiz = async (page: Page) => {
  if ((await enrolAndOpen("Quiz: smart-city basics")(page)) !== 200) return 0;
  for (const group of await page.locator("main form fieldset").all()) {
    const text = group.locator("input[type=text]");
    if (await text.count()) await text.fill("closed data");
    else await group.locator("label").first().click();
  }
  return submitAndWait(page, page.locator("main form[action$='/attempts'] [type=submit]")).then(() =>
    page.url().includes("/attempts/") ? 200 : 0,
  );
};

export const PAGES: PageCase[] = [
  // Instance pages
  { name: "home", path: "/", as: "anonymous" },
  { name: "home", path: "/", as: "member" },
  { name: "accessibility statement", path: "/accessibility", as: "anonymous" },
  { name: "privacy notice", path: "/privacy", as: "anonymous" },
  { name: "not found", path: "/no-such-page", as: "anonymous", status: 404 },
  { name: "not found", path: "/no-such-page", as: "member", status: 404 },
  // Signing in and up
  { name: "sign-in", path: "/sign-in", as: "anonymous" },
  { name: "sign-in with errors", path: "/sign-in", as: "anonymous", status: 422, prepare: submitEmpty },
  { name: "sign-in link", path: "/sign-in/link", as: "anonymous" },
  { name: "sign-up", path: "/sign-up", as: "anonymous" },
  { name: "sign-up with errors", path: "/sign-up", as: "anonymous", status: 422, prepare: submitEmpty },
  { name: "resend verification", path: "/verify-email/resend", as: "anonymous" },
  { name: "forgotten password", path: "/password/forgot", as: "anonymous" },
  { name: "check your mail", path: "/password/forgot", as: "anonymous", prepare: requestReset },
  { name: "wrong or expired link", path: "/password/reset?token=not-a-token", as: "anonymous", status: 400 },
  { name: "wrong or expired link", path: "/verify-email?token=not-a-token", as: "anonymous", status: 400 },
  // The one-button pages that mailed links open (opening changes nothing; the button does).
  {
    name: "confirm the address (mailed link)",
    path: "/sign-up",
    as: "anonymous",
    prepare: signUpForLink,
    mailedLink: "/verify-email",
  },
  {
    name: "sign in (mailed link)",
    path: "/sign-in/link",
    as: "anonymous",
    prepare: askSignInLink,
    mailedLink: "/sign-in/link/open",
  },
  // Account
  { name: "account", path: "/account", as: "member" },
  { name: "change password", path: "/account/password", as: "member" },
  { name: "change email", path: "/account/email", as: "member" },
  { name: "API tokens", path: "/account/tokens", as: "member" },
  {
    name: "confirm the new address (mailed link)",
    path: "/account/email",
    as: "member",
    prepare: askEmailChange,
    mailedLink: "/account/email/confirm",
  },
  // Networks
  { name: "networks", path: "/networks", as: "anonymous" },
  { name: "network", path: SBCR, as: "anonymous" },
  { name: "network", path: "/networks/ancilab", as: "anonymous" },
  { name: "network", path: SBCR, as: "member" },
  { name: "network", path: SBCR, as: "coordinator" },
  { name: "manage network", path: `${SBCR}/manage`, as: "coordinator" },
  { name: "network audit log", path: `${SBCR}/audit`, as: "coordinator" },
  // Organisations
  { name: "organisations", path: "/organisations", as: "anonymous" },
  { name: "organisation", path: "/organisations/comune-di-nemi", as: "anonymous" },
  { name: "organisation", path: "/organisations/consorzio-sbcr", as: "coordinator" },
  { name: "edit organisation", path: "/organisations/consorzio-sbcr/edit", as: "coordinator" },
  { name: "new organisation", path: "/organisations/new", as: "member" },
  // Labs and meetings
  { name: "labs", path: "/labs", as: "anonymous" },
  { name: "labs", path: "/labs", as: "member" },
  { name: "lab", path: LAB_II, as: "anonymous" },
  { name: "lab", path: TAVOLO, as: "member" },
  {
    name: "meeting (held)",
    path: `${TAVOLO}/meetings/dagli-scaffali-al-web-i-social-che-fanno-crescere-il-territorio`,
    as: "anonymous",
  },
  {
    name: "meeting (upcoming)",
    path: `${TAVOLO}/meetings/secondo-tavolo-il-piano-editoriale-condiviso`,
    as: "member",
  },
  { name: "my meetings", path: "/me/meetings", as: "member" },
  { name: "meeting with registration questions", path: `${TAVOLO}/meetings/${UPCOMING}`, as: "coordinator" },
  {
    name: "meeting registration with errors",
    path: `${TAVOLO}/meetings/${UPCOMING}`,
    as: "coordinator",
    status: 422,
    prepare: submitMain,
  },
  { name: "meeting registrations", path: `${TAVOLO}/meetings/${UPCOMING}/registrations`, as: "coordinator" },
  {
    name: "meeting registrations with errors",
    path: `${TAVOLO}/meetings/${UPCOMING}/registrations`,
    as: "coordinator",
    status: 422,
    prepare: async (page) => {
      await page.locator("main input[name=email]").fill("nessuno@example.org");
      return submitMain(page);
    },
  },
  { name: "check-in", path: `${TAVOLO}/meetings/${UPCOMING}/check-in`, as: "coordinator" },
  {
    name: "check-in with an unknown code",
    path: `${TAVOLO}/meetings/${UPCOMING}/check-in`,
    as: "coordinator",
    status: 404,
    prepare: async (page) => {
      await page.locator("main input[name=code]").fill("NOPE42");
      return submitMain(page);
    },
  },
  { name: "minutes editor", path: `${TAVOLO}/meetings/${UPCOMING}/minutes`, as: "coordinator" },
  { name: "edit meeting", path: `${TAVOLO}/meetings/${UPCOMING}/edit`, as: "coordinator" },
  {
    name: "edit meeting with errors",
    path: `${TAVOLO}/meetings/${UPCOMING}/edit`,
    as: "coordinator",
    status: 422,
    prepare: async (page) => {
      await page.locator("main input[name=endsAt]").fill("2000-01-01T00:00");
      return submitMain(page);
    },
  },
  { name: "new lab", path: `${SBCR}/labs/new`, as: "coordinator" },
  {
    name: "new lab with errors",
    path: `${SBCR}/labs/new`,
    as: "coordinator",
    status: 422,
    prepare: submitEmpty,
  },
  { name: "new meeting", path: `${TAVOLO}/meetings/new`, as: "coordinator" },
  {
    name: "new meeting with errors",
    path: `${TAVOLO}/meetings/new`,
    as: "coordinator",
    status: 422,
    prepare: submitEmpty,
  },
  // Good-practice catalogue (its first page has "the catalogue in figures": two charts; the first demo
  // practice has a time series of its results and a PDF fact sheet, another a bar chart)
  { name: "good practices", path: "/practices", as: "anonymous" },
  { name: "good practices", path: "/practices", as: "member" },
  {
    name: "good practices, search with filters",
    path: "/practices?q=biblioteche&theme=libraries&country=IT&orgType=library&sort=relevance",
    as: "anonymous",
  },
  { name: "good practices, page 2 by date", path: "/practices?sort=date&page=2", as: "anonymous" },
  { name: "good practices, bad filter", path: "/practices?theme=nope&year=x", as: "anonymous", status: 422 },
  { name: "practice", path: PRACTICE, as: "anonymous" },
  {
    name: "practice with a bar chart of its figures",
    path: "/practices/digital-city-expert-curriculum-for-municipal-staff",
    as: "anonymous",
  },
  { name: "practice with upload form", path: PRACTICE, as: "coordinator" },
  {
    name: "practice upload with errors",
    path: PRACTICE,
    as: "coordinator",
    status: 422,
    prepare: async (page) => {
      await page.locator("#media-file").setInputFiles({
        name: "not-an-image.png",
        mimeType: "image/png",
        buffer: Buffer.from("<html>not an image</html>"),
      });
      return submitAndWait(page, page.locator("main form[enctype='multipart/form-data'] [type=submit]"));
    },
  },
  // Coordinators' edits of a published practice's texts (neither case below saves anything).
  { name: "practice text edit", path: `${PRACTICE}/edit`, as: "coordinator" },
  {
    name: "practice text edit with errors",
    path: `${PRACTICE}/edit`,
    as: "coordinator",
    status: 422,
    prepare: async (page) => {
      await page.locator("main textarea[name=summary]").fill("Una sintesi corretta, senza motivo.");
      return submitAndWait(page, page.locator("main form[action$='/edit'] [type=submit]"));
    },
  },
  {
    name: "practice text edit, refused (someone saved meanwhile)",
    path: `${PRACTICE}/edit`,
    as: "coordinator",
    status: 409,
    prepare: async (page) => {
      // A form opened on a version that is no longer the practice's: as if someone saved meanwhile.
      await page.locator("main input[name=baseVersion]").evaluate((el) => el.setAttribute("value", "0"));
      await page.locator("main textarea[name=summary]").fill("Una sintesi scritta nel frattempo.");
      await page.locator("main textarea[name=reason]").fill("Prova di conflitto");
      return submitAndWait(page, page.locator("main form[action$='/edit'] [type=submit]"));
    },
  },
  { name: "practice text history", path: `${PRACTICE}/history`, as: "coordinator" },
  {
    name: "practice in English",
    path: "/practices/genova-smart-city-open-data-portal-with-citizens-apps",
    as: "member",
  },
  // Report a project, moderation, comments and flags (the workflow's demo data fills the queue)
  { name: "report a project, step 1", path: "/practices/new", as: "anonymous" },
  {
    name: "report a project, step 1 with errors",
    path: "/practices/new",
    as: "anonymous",
    status: 422,
    prepare: reportEmpty,
  },
  { name: "report a project, step 4", path: "/practices/new", as: "anonymous", prepare: reportToLastStep },
  {
    name: "report a project, last step with errors",
    path: "/practices/new",
    as: "anonymous",
    status: 422,
    prepare: reportLastStepEmpty,
  },
  { name: "report a project, signed in", path: "/practices/new", as: "member" },
  { name: "edit own report (signed in)", path: "/practices/new", as: "member", prepare: openOwnReport },
  {
    name: "report a project, check answers",
    path: "/practices/new",
    as: "anonymous",
    prepare: reportToCheck,
  },
  { name: "report sent", path: "/practices/new/sent", as: "anonymous" },
  { name: "report status look-up", path: "/practices/status", as: "anonymous" },
  {
    name: "edit a report (mailed link)",
    path: `/practices/submissions/edit?token=${DEMO_EDIT_TOKEN}`,
    as: "anonymous",
  },
  {
    name: "edit a report, wrong link",
    path: "/practices/submissions/edit?token=nope",
    as: "anonymous",
    status: 400,
  },
  { name: "moderation queue", path: "/practices/moderation", as: "coordinator" },
  { name: "moderation of a report", path: "/practices/moderation", as: "coordinator", prepare: openReport },
  {
    name: "moderation decision with errors",
    path: "/practices/moderation",
    as: "coordinator",
    status: 422,
    prepare: decideWithoutReason,
  },
  { name: "practice with comments form", path: PRACTICE, as: "member" },
  { name: "comments", path: `${PRACTICE}/comments`, as: "member" },
  { name: "flag a practice", path: `${PRACTICE}/flag`, as: "anonymous" },
  { name: "flag with errors", path: `${PRACTICE}/flag`, as: "anonymous", status: 422, prepare: submitMain },
  // Participatory board (demo sessions; their join links have readable codes, see boards/demo.ts).
  { name: "board sessions", path: `${SBCR}/boards`, as: "coordinator" },
  { name: "my networks' board sessions", path: "/boards", as: "member" },
  // The person's own area: every module's section (meetings, sessions, reports).
  { name: "my area", path: "/me", as: "member" },
  { name: "my area", path: "/me", as: "coordinator" },
  // Notifications: the list (the coordinator has a report to moderate), the preferences, an invalid
  // unsubscribe link.
  { name: "notifications", path: "/me/notifications", as: "coordinator" },
  { name: "notifications (none)", path: "/me/notifications", as: "member" },
  { name: "notification settings", path: "/account/notifications", as: "member" },
  {
    name: "notification settings with errors",
    path: "/account/notifications",
    as: "member",
    status: 422,
    // A time zone the list does not offer (a stale page, a crafted post): refused on the same form.
    prepare: async (page) => {
      await page.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>("select[name=timeZone]");
        select?.add(new Option("Europe/Atlantis", "Europe/Atlantis", true, true));
      });
      return submitAndWait(page, page.locator("form[action='/account/notifications'] button[type=submit]"));
    },
  },
  {
    name: "unsubscribe link not valid",
    path: "/unsubscribe/not-a-valid-token-at-all-0000",
    as: "anonymous",
    status: 404,
  },
  { name: "new board session", path: `${SBCR}/boards/new`, as: "coordinator" },
  {
    name: "new board session with errors",
    path: `${SBCR}/boards/new`,
    as: "coordinator",
    status: 422,
    prepare: submitEmpty,
  },
  // The facilitator's join link leads to the session itself, in the board view: collecting.
  {
    name: "board session, collecting (facilitator)",
    path: "/boards/join/sbcr-obiettivi-comuni",
    as: "coordinator",
  },
  {
    // The list view, every control in the page's flow (the view without JavaScript).
    name: "board session, list view (facilitator)",
    path: "/boards/join/sbcr-obiettivi-comuni",
    as: "coordinator",
    prepare: async (page) => (await page.goto(listView(page)))?.status(),
  },
  {
    name: "board session, save as template with errors (facilitator)",
    path: "/boards/join/sbcr-obiettivi-comuni",
    as: "coordinator",
    status: 422,
    prepare: async (page) => {
      await page.goto(listView(page));
      return submitAndWait(page, page.locator("main #save-template-form [type=submit]"));
    },
  },
  {
    // The page those without JavaScript reach from "Close the session" (its link's address).
    name: "board session, close confirmation page (facilitator)",
    path: "/boards/join/sbcr-obiettivi-comuni",
    as: "coordinator",
    prepare: async (page) => {
      const href = await page.locator('main a[href$="/close"]').first().getAttribute("href");
      return (await page.goto(`${new URL(page.url()).origin}${href}`))?.status();
    },
  },
  {
    // The board view as the screen: its toolbar, with "Invite" and "More" open.
    name: "board session, board view with its toolbar open (facilitator)",
    path: "/boards/join/sbcr-obiettivi-comuni",
    as: "coordinator",
    prepare: async (page) => {
      const res = await page.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname}?view=board`);
      for (const summary of await page.locator("main .board-toolbar details > summary").all())
        await summary.click();
      return res?.status();
    },
  },
  {
    // With JavaScript the same question opens in a modal dialog on the board.
    name: "board session, close confirmation dialog (facilitator)",
    path: "/boards/join/sbcr-obiettivi-comuni",
    as: "coordinator",
    prepare: async (page) => {
      // In the board view the link is in the toolbar's "more" menu.
      await page.locator('main details:has(a[href$="/close"]) > summary').first().click();
      await page.locator('main a[href$="/close"]').first().click();
      await page.locator("#close-dialog[open]").waitFor();
      return 200;
    },
  },
  // The network's saved session templates (one in the demo data, boards/templates.demo.ts).
  { name: "saved board templates", path: `${SBCR}/boards/templates`, as: "coordinator" },
  { name: "join a board session (signed in)", path: "/boards/join/sbcr-obiettivi-comuni", as: "member" },
  { name: "join a board session as a guest", path: "/boards/join/sbcr-obiettivi-comuni", as: "anonymous" },
  {
    name: "join a board session as a guest, with errors",
    path: "/boards/join/sbcr-obiettivi-comuni",
    as: "anonymous",
    status: 422,
    prepare: submitEmpty,
  },
  {
    name: "board session in discussion, grouped and voted (ICOM Italia table)",
    path: "/boards/join/icom-tavolo-22-luglio-2024",
    as: "admin",
    prepare: async (page) => {
      if ((await joinBoardIfAsked(page)) !== 200) return 0;
      return (await page.goto(listView(page)))?.status();
    },
  },
  {
    name: "board session in discussion, board view (ICOM Italia table)",
    path: "/boards/join/icom-tavolo-22-luglio-2024",
    as: "admin",
    prepare: async (page) => {
      if ((await joinBoardIfAsked(page)) !== 200) return 0;
      const res = await page.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname}?view=board`);
      return res?.status();
    },
  },
  // A closed session's outcomes (boards/outcomes.demo.ts): the summary, and "promote" for its
  // facilitator (the Castelli Romani coordinator), with and without errors.
  {
    name: "board session summary (closed)",
    path: "/boards/join/sbcr-bilancio-formazione",
    as: "member",
    prepare: toSummary,
  },
  {
    name: "board session summary (facilitator)",
    path: "/boards/join/sbcr-bilancio-formazione",
    as: "coordinator",
    prepare: toSummary,
  },
  {
    name: "promote a group of a board session",
    path: "/boards/join/sbcr-bilancio-formazione",
    as: "coordinator",
    prepare: toPromote,
  },
  {
    name: "promote a group of a board session, with errors",
    path: "/boards/join/sbcr-bilancio-formazione",
    as: "coordinator",
    status: 422,
    prepare: async (page) => {
      if ((await toPromote(page)) !== 200) return 0;
      await page.locator("main input[name=title]").fill("");
      return submitAndWait(page, page.locator("main form:has(input[name=_csrf]) [type=submit]").first());
    },
  },
  // Funding opportunities (demo calls, some open and some closed)
  { name: "funding calls", path: "/funding", as: "anonymous" },
  { name: "funding calls", path: "/funding", as: "coordinator" },
  { name: "funding call", path: FUNDING_CALL, as: "anonymous" },
  { name: "funding call", path: FUNDING_CALL, as: "coordinator" },
  { name: "new funding call", path: `${SBCR}/funding/new`, as: "coordinator" },
  {
    name: "new funding call with errors",
    path: `${SBCR}/funding/new`,
    as: "coordinator",
    status: 422,
    prepare: submitEmpty,
  },
  { name: "edit funding call", path: `${FUNDING_CALL}/edit`, as: "coordinator" },
  // The news column (publications): AnciLab's demo items, Comune di Bergamo's pending proposal
  { name: "news across networks", path: "/news", as: "anonymous" },
  { name: "network news column", path: "/networks/ancilab/news", as: "anonymous" },
  {
    name: "network news column, filtered",
    path: "/networks/ancilab/news?kind=news&language=it",
    as: "admin",
  },
  {
    name: "news item",
    path: "/networks/ancilab/news",
    as: "anonymous",
    prepare: follow("article a[hreflang]"),
  },
  { name: "propose news", path: `${SBCR}/news/propose`, as: "member" },
  {
    name: "propose news with errors",
    path: `${SBCR}/news/propose`,
    as: "member",
    status: 422,
    prepare: submitEmpty,
  },
  {
    name: "news item with the editors' actions",
    path: "/networks/ancilab/news",
    as: "admin",
    prepare: follow("article a[hreflang]"),
  },
  {
    name: "edit a published news item",
    path: "/networks/ancilab/news",
    as: "admin",
    prepare: async (page) =>
      (await follow("article a[hreflang]")(page)) === 200 ? follow('a[href$="/edit"]')(page) : 0,
  },
  { name: "news proposals to review", path: "/networks/ancilab/news/review", as: "admin" },
  {
    name: "news proposal with the decision form",
    path: "/networks/ancilab/news/review",
    as: "admin",
    prepare: follow("ul a[hreflang]"),
  },
  // Learning (the Digital City Expert curriculum of the demo)
  { name: "learning catalogue", path: "/learning", as: "anonymous" },
  {
    name: "learning catalogue filtered",
    path: "/learning?network=digital-city-experts&language=en",
    as: "member",
  },
  { name: "course", path: BASICS, as: "anonymous" },
  { name: "course with progress", path: BASICS, as: "member", prepare: enrolAndOpen() },
  { name: "text lesson", path: BASICS, as: "member", prepare: enrolAndOpen("Mapping digital maturity") },
  // Captioned in five languages: tracks, the transcript's cues, the speed select, mark as done.
  { name: "video lesson", path: BASICS, as: "member", prepare: enrolAndOpen("People first") },
  {
    name: "video lesson's form",
    path: BASICS,
    as: "admin",
    prepare: async (page) =>
      (await follow('a:text-is("People first")')(page)) === 200 ? follow('a[href$="/video/edit"]')(page) : 0,
  },
  // A reading whose document (a PDF rendered at load) is downloaded from the page; its authors' form.
  {
    name: "reading lesson with a document",
    path: PROJECTS,
    as: "member",
    prepare: follow(`a:text-is("${PILOT_READING}")`),
  },
  {
    name: "reading lesson's document form",
    path: PROJECTS,
    as: "admin",
    prepare: openReadingForm,
  },
  {
    name: "reading lesson's document form with errors",
    path: PROJECTS,
    as: "admin",
    status: 422,
    prepare: async (page) => ((await openReadingForm(page)) === 200 ? submitEmpty(page) : 0),
  },
  { name: "quiz", path: BASICS, as: "member", prepare: enrolAndOpen("Quiz: smart-city basics") },
  {
    name: "quiz with errors",
    path: BASICS,
    as: "member",
    status: 422,
    prepare: async (page) =>
      (await enrolAndOpen("Quiz: smart-city basics")(page)) === 200
        ? submitAndWait(page, page.locator("main form[action$='/attempts'] [type=submit]"))
        : 0,
  },
  { name: "quiz attempt with feedback", path: BASICS, as: "member", prepare: failQuiz },
  { name: "my learning", path: "/learning/me", as: "member" },
  { name: "learning certificate", path: "/learning/certificates/dce0-c3rt-0001", as: "anonymous" },
  {
    name: "unknown learning certificate",
    path: "/learning/certificates/0000-0000-0000",
    as: "anonymous",
    status: 404,
  },
  {
    name: "withdrawn learning certificate",
    path: "/learning/certificates/dce0-c3rt-0999",
    as: "anonymous",
    status: 410,
  },
  // Open Badges: the demo's credential (a fixed id), its issuer and achievement through its links.
  { name: "open badges credential", path: CREDENTIAL, as: "anonymous" },
  {
    name: "open badges issuer",
    path: CREDENTIAL,
    as: "anonymous",
    prepare: follow('a[href^="/issuers/"]'),
  },
  {
    name: "open badges achievement",
    path: CREDENTIAL,
    as: "anonymous",
    prepare: follow('a[href^="/achievements/"]'),
  },
  { name: "verify a credential", path: "/credentials/verify", as: "anonymous" },
  {
    name: "verify a credential: not JSON",
    path: "/credentials/verify",
    as: "anonymous",
    status: 422,
    prepare: async (page) => {
      await page.locator("main textarea[name=json]").fill("{ not json");
      return submitMain(page);
    },
  },
  {
    name: "unknown open badges credential",
    path: "/credentials/00000000-0000-4000-8000-000000000000",
    as: "anonymous",
    status: 404,
  },
  { name: "cohort", path: BASICS, as: "anonymous", prepare: follow(COHORT_LINK) },
  { name: "cohort to join", path: BASICS, as: "member", prepare: follow(COHORT_LINK) },
  {
    // The demo's bootcamp is full: joining puts the member on its waiting list, said on the page.
    name: "cohort waiting list",
    path: BASICS,
    as: "member",
    prepare: async (page) => {
      await follow(COHORT_LINK)(page);
      const join = page.locator("main form[action$='/join'] [type=submit]");
      return (await join.count()) ? submitAndWait(page, join) : 200;
    },
  },
  {
    name: "cohort progress",
    path: BASICS,
    as: "admin",
    prepare: async (page) => {
      await follow(COHORT_LINK)(page);
      return follow('a[href$="/progress"]')(page);
    },
  },
  {
    // From the progress page: a learner who failed the quiz (Katrin Schulz in the demo) can be reset.
    name: "attempts reset",
    path: BASICS,
    as: "admin",
    prepare: async (page) => {
      await follow(COHORT_LINK)(page);
      await follow('a[href$="/progress"]')(page);
      return follow('a[href$="/reset"]')(page);
    },
  },
  { name: "new cohort", path: `${BASICS}/cohorts/new`, as: "admin" },
  {
    name: "new live session",
    path: BASICS,
    as: "admin",
    prepare: async (page) => {
      await follow(COHORT_LINK)(page);
      return follow('a[href$="/sessions/new"]')(page);
    },
  },
  {
    name: "new cohort with errors",
    path: `${BASICS}/cohorts/new`,
    as: "admin",
    status: 422,
    prepare: submitEmpty,
  },
  {
    // "A new lab" chosen without its title: the error sits under the radio's nested field.
    name: "new cohort with a new lab, with errors",
    path: `${BASICS}/cohorts/new`,
    as: "admin",
    status: 422,
    prepare: async (page) => {
      await page.locator("main label[for=labChoice-new]").click();
      return submitEmpty(page);
    },
  },
  { name: "new course", path: "/networks/digital-city-experts/learning/new", as: "admin" },
  {
    name: "new course with errors",
    path: "/networks/digital-city-experts/learning/new",
    as: "admin",
    status: 422,
    prepare: submitEmpty,
  },
  { name: "new curriculum", path: "/networks/digital-city-experts/learning/curricula/new", as: "admin" },
  {
    name: "new curriculum with errors",
    path: "/networks/digital-city-experts/learning/curricula/new",
    as: "admin",
    status: 422,
    prepare: submitEmpty,
  },
  { name: "edit course", path: `${BASICS}/edit`, as: "admin" },
  { name: "new lesson", path: `${BASICS}/lessons/new`, as: "admin" },
  { name: "edit lesson", path: BASICS, as: "admin", prepare: follow('a[href*="/lessons/"][href$="/edit"]') },
  { name: "new module", path: `${BASICS}/modules/new`, as: "admin" },
  {
    name: "quiz lesson with its questions",
    path: BASICS,
    as: "admin",
    prepare: follow('li:has(a:text-is("Quiz: smart-city basics")) a[href$="/edit"]'),
  },
  {
    name: "new quiz question with errors",
    path: BASICS,
    as: "admin",
    status: 422,
    prepare: async (page) => {
      await follow('li:has(a:text-is("Quiz: smart-city basics")) a[href$="/edit"]')(page);
      if ((await follow('a[href$="/questions/new"]')(page)) !== 200) return 0;
      return submitEmpty(page);
    },
  },

  // Open data and the bulk import
  { name: "open data", path: "/open-data", as: "anonymous" },
  { name: "import practices", path: `${SBCR}/practices/import`, as: "coordinator" },
  {
    name: "import practices without a file",
    path: `${SBCR}/practices/import`,
    as: "coordinator",
    status: 422,
    prepare: submitEmpty,
  },
  { name: "import report", path: `${SBCR}/practices/import`, as: "coordinator", prepare: uploadImport },
  // Lab materials, cover, members and action plans (Lab II's demo data; the admin curates every lab)
  { name: "lab materials", path: `${LAB_II}/materials`, as: "anonymous" },
  {
    name: "lab material (video)",
    path: `${LAB_II}/materials?tag=videointerviste`,
    as: "anonymous",
    prepare: follow('h3 a[href*="/materials/"]'),
  },
  {
    name: "lab material (video, curator)",
    path: `${LAB_II}/materials?tag=videointerviste`,
    as: "admin",
    prepare: follow('h3 a[href*="/materials/"]'),
  },
  { name: "new material (video)", path: `${LAB_II}/materials/new?kind=video`, as: "admin" },
  {
    name: "new material (video) with errors",
    path: `${LAB_II}/materials/new?kind=video`,
    as: "admin",
    status: 422,
    prepare: submitEmpty,
  },
  { name: "new material (link)", path: `${LAB_II}/materials/new?kind=link`, as: "admin" },
  { name: "lab cover", path: `${LAB_II}/cover`, as: "admin" },
  {
    name: "lab cover with errors",
    path: `${TAVOLO}/cover`,
    as: "coordinator",
    status: 422,
    prepare: submitEmpty,
  },
  { name: "lab members", path: `${LAB_II}/members`, as: "anonymous" },
  { name: "lab members (curator)", path: `${LAB_II}/members`, as: "admin" },
  {
    name: "lab invitation with errors",
    path: `${TAVOLO}/members`,
    as: "coordinator",
    status: 422,
    prepare: submitEmpty,
  },
  { name: "lab invitation", path: `/lab-invitations/${DEMO_LAB_INVITATION_TOKEN}`, as: "anonymous" },
  { name: "lab invitation", path: `/lab-invitations/${DEMO_LAB_INVITATION_TOKEN}`, as: "member" },
  { name: "action plan", path: LAB_II_PLAN, as: "anonymous" },
  { name: "action plan (editor)", path: LAB_II_PLAN, as: "admin" },
  { name: "new action plan", path: `${TAVOLO}/plans/new`, as: "coordinator" },
  {
    name: "new action plan with errors",
    path: `${TAVOLO}/plans/new`,
    as: "coordinator",
    status: 422,
    prepare: submitEmpty,
  },
  { name: "new goal", path: `${LAB_II_PLAN}/goals/new`, as: "admin" },
  { name: "new action", path: LAB_II_PLAN, as: "admin", prepare: follow('a[href$="/actions/new"]') },
  { name: "update action", path: LAB_II_PLAN, as: "admin", prepare: follow('a[href$="/edit"]') },
  // Deleting asks first, on a page of its own (nothing is deleted by visiting it).
  {
    name: "delete material (confirmation)",
    path: `${LAB_II}/materials?tag=videointerviste`,
    as: "admin",
    prepare: async (page) =>
      (await follow('h3 a[href*="/materials/"]')(page)) === 200 ? follow('a[href$="/delete"]')(page) : 0,
  },
  {
    name: "delete goal (confirmation)",
    path: LAB_II_PLAN,
    as: "admin",
    prepare: follow('a[href*="/goals/"][href$="/delete"]'),
  },
  {
    name: "delete action (confirmation)",
    path: LAB_II_PLAN,
    as: "admin",
    prepare: follow('a[href*="/actions/"][href$="/delete"]'),
  },
  // Administration
  { name: "admin", path: "/admin", as: "admin" },
  { name: "admin audit log", path: "/admin/audit", as: "admin" },
  // Conferences (demo: URBACT Genoa 2018, past; AnciLab Lab II's final conference, open)
  { name: "conferences", path: "/conferences", as: "anonymous" },
  { name: "conferences", path: "/conferences", as: "admin" },
  { name: "conference with programme and speakers (Genoa)", path: GENOA_2018, as: "anonymous" },
  { name: "conference open for registration", path: LAB_II_FINAL, as: "anonymous" },
  { name: "Genoa's next edition, open for registration", path: GENOA_NEXT, as: "anonymous" },
  {
    name: "conference registration with errors",
    path: LAB_II_FINAL,
    as: "anonymous",
    status: 422,
    prepare: submitMain,
  },
  {
    name: "conference registration: check your mail",
    path: LAB_II_FINAL,
    as: "anonymous",
    prepare: async (page) => {
      await page.locator("main input[name=name]").fill("Persona Di Prova");
      await page.locator("main input[name=email]").fill(freshAddress("conferenza"));
      return submitMain(page);
    },
  },
  {
    name: "confirm a conference registration (mailed link)",
    path: LAB_II_FINAL,
    as: "anonymous",
    prepare: async (page) => {
      await page.locator("main input[name=name]").fill("Persona Di Prova");
      await page.locator("main input[name=email]").fill(freshAddress("conferma"));
      return submitMain(page);
    },
    mailedLink: "/conferences/registrations/confirm",
  },
  { name: "certificate verification", path: "/certificates/gen0-a201-8crt", as: "anonymous" },
  { name: "unknown certificate", path: "/certificates/0000-0000-0000", as: "anonymous", status: 404 },
  { name: "new conference", path: "/networks/urbact-interactive-cities/conferences/new", as: "admin" },
  {
    name: "new conference with errors",
    path: "/networks/urbact-interactive-cities/conferences/new",
    as: "admin",
    status: 422,
    prepare: submitMain,
  },
  { name: "edit conference", path: `${GENOA_2018}/edit`, as: "admin" },
  { name: "manage conference", path: `${GENOA_2018}/manage`, as: "admin" },
  { name: "move a conference's dates", path: `${GENOA_2018}/shift`, as: "admin" },
  {
    name: "move a conference's dates with errors",
    path: `${GENOA_2018}/shift`,
    as: "admin",
    status: 422,
    prepare: submitMain,
  },
  { name: "new edition of a conference", path: `${GENOA_2018}/duplicate`, as: "admin" },
  { name: "check-in before the first day (reason asked)", path: `${GENOA_NEXT}/check-in`, as: "admin" },
  { name: "new track", path: `${GENOA_2018}/tracks/new`, as: "admin" },
  { name: "new session", path: `${GENOA_2018}/sessions/new`, as: "admin" },
  {
    name: "new session with errors",
    path: `${GENOA_2018}/sessions/new`,
    as: "admin",
    status: 422,
    prepare: async (page) => {
      await page.locator("main input[name=start]").fill("25:00");
      return submitMain(page);
    },
  },
  { name: "new speaker", path: `${GENOA_2018}/speakers/new`, as: "admin" },
  {
    name: "new speaker with errors",
    path: `${GENOA_2018}/speakers/new`,
    as: "admin",
    status: 422,
    prepare: submitMain,
  },
  { name: "conference check-in and attendance list", path: `${GENOA_2018}/check-in`, as: "admin" },
  {
    name: "conference check-in with an unknown code",
    path: `${GENOA_2018}/check-in`,
    as: "admin",
    status: 422,
    prepare: async (page) => {
      await page.locator("main input[name=code]").fill("ZZZZ-ZZZZ");
      return submitMain(page);
    },
  },
];
