// A learner by keyboard alone (Tab, Space, arrows, Enter and typing) against the real server and the
// demo curriculum: enrols in "Smart-city basics", marks its first lesson (a captioned video) done, answers the quiz
// wrongly and reads the feedback, tries again and passes, finishes the course through "Continue",
// finds the certificate on "My learning" and opens its verification page, which confirms it in words.
// The quiz, its feedback and the certificate pass axe.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, formatViolations } from "./support/axe.ts";
import { useBottega } from "./support/bottega.ts";
import { signIn, tabTo } from "./support/browser.ts";

const app = useBottega();

async function enter(page: Page) {
  await Promise.all([page.waitForEvent("framenavigated"), page.keyboard.press("Enter")]);
  await page.waitForLoadState();
}

/** Focuses the first control of the quiz's question `n` (1-based) with Tab. */
const toQuestion = (page: Page, n: number) => tabTo(page, `main form fieldset:nth-of-type(${n}) input`);

async function expectNoAxe(page: Page, where: string) {
  const v = await axeViolations(page);
  expect(v, formatViolations(where, v)).toEqual([]);
}

const DESKTOP = { viewport: { width: 1280, height: 800 } };
// A phone: the same walk on a narrow screen, where the header collapses and tables scroll.
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe("learning by keyboard", () => {
  it.each([
    {
      screen: "a desktop",
      options: DESKTOP,
      email: "marco.bellini@ialmarche.example",
      name: "Marco Bellini",
    },
    {
      screen: "a 390×844 phone",
      options: PHONE,
      email: "sara.colombo@comune-bergamo.example",
      name: "Sara Colombo",
    },
  ])(
    "on $screen: enrols, does a lesson, fails then passes a quiz, completes the course, opens the certificate",
    async ({ screen, options, email, name }) => {
      const base = app.baseUrl;
      const page = await (await app.browser.newContext({ locale: "en-GB", ...options })).newPage();
      await signIn(page, base, email);
      await page.goto(`${base}/learning/courses/smart-city-basics?lang=en`);

      await tabTo(page, "main form[action$='/enrol'] button");
      await enter(page);
      expect(page.url()).toContain("/lessons/");
      expect(await page.locator("main h1").textContent()).toBe("People first");

      await tabTo(page, "main form[action$='/done'] button");
      await enter(page);
      expect(await page.locator("main h1").textContent()).toBe("The Smart Cities Marketplace");

      await page.goto(`${base}/learning/courses/smart-city-basics`);
      expect(await page.locator("main").textContent()).toContain("Required lessons done: 1 of 4");
      await tabTo(page, "main a", "Quiz: smart-city basics");
      await enter(page);
      expect(await page.locator("main fieldset legend").count()).toBeGreaterThanOrEqual(4);
      await expectNoAxe(page, `quiz on ${screen}`);

      // Wrong: the first option of the single-choice question, only one of the right three, "True", a wrong text.
      await toQuestion(page, 1);
      await page.keyboard.press("Space");
      await toQuestion(page, 2);
      await page.keyboard.press("Space");
      await toQuestion(page, 3);
      await page.keyboard.press("Space");
      await toQuestion(page, 4);
      await page.keyboard.type("closed data");
      await tabTo(page, "main form button[type=submit]");
      await enter(page);
      expect(page.url()).toMatch(/\/attempts\/1#attempt-result$/);
      expect(await page.locator("#attempt-result").textContent()).toContain("Not passed: you scored 0%");
      expect(await page.locator("main").textContent()).toContain(
        "Sensors without a question to answer rarely get used.",
      );
      await expectNoAxe(page, `quiz attempt on ${screen}`);

      await tabTo(page, "main a", "Try the quiz again");
      await enter(page);
      // Right: the second option (arrow moves and selects), the three right boxes, "False", the text.
      await toQuestion(page, 1);
      await page.keyboard.press("ArrowDown");
      await toQuestion(page, 2);
      for (const key of ["Space", "Tab", "Space", "Tab", "Space"]) await page.keyboard.press(key);
      await toQuestion(page, 3);
      await page.keyboard.press("ArrowDown");
      await toQuestion(page, 4);
      await page.keyboard.type("OPEN Data");
      await tabTo(page, "main form button[type=submit]");
      await enter(page);
      expect(page.url()).toMatch(/\/attempts\/2#attempt-result$/);
      expect(await page.locator("#attempt-result").textContent()).toContain("Passed: you scored 100%");
      await expectNoAxe(page, `passed attempt on ${screen}`);

      // The rest of the required lessons, each reached through "Continue" and marked done.
      for (let i = 0; i < 8; i++) {
        await page.goto(`${base}/learning/courses/smart-city-basics`);
        if ((await page.locator("main").textContent())?.includes("Required lessons done: 4 of 4")) break;
        await tabTo(page, "main a", "Continue");
        await enter(page);
        await tabTo(page, "main form[action$='/done'] button");
        await enter(page);
      }
      expect(await page.locator("main").textContent()).toContain("Required lessons done: 4 of 4");

      // The certificate is made by a job after the completion: "My learning" lists it within seconds.
      for (let i = 0; ; i++) {
        await page.goto(`${base}/learning/me`);
        if (await page.locator('main a[href^="/learning/certificates/"]').count()) break;
        if (i > 50) throw new Error("no certificate on /learning/me");
        await page.waitForTimeout(300);
      }
      await tabTo(page, "main a", "Verification page");
      await enter(page);
      expect(await page.locator("main").textContent()).toContain(
        `${name} completed the course “Smart-city basics”`,
      );
      await expectNoAxe(page, `certificate on ${screen}`);
    },
  );
});
