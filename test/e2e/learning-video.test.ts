// The demo's video lesson in a real browser: five caption tracks (the interface's on by default when
// the video speaks another language), the transcript's cues, the speed select changed by keyboard,
// a cue chosen by keyboard seeking the video in place and highlighted, and the position saved on
// pause and resumed on the next visit.
import { describe, expect, it } from "vitest";
import { useBottega } from "./support/bottega.ts";
import { signIn, submitAndWait, tabTo } from "./support/browser.ts";

const app = useBottega();

describe("a video lesson", () => {
  it("has its tracks and transcript, a keyboard speed select and cues, and resumes", async () => {
    const base = app.baseUrl;
    const page = await (await app.browser.newContext({ locale: "it-IT" })).newPage();
    await signIn(page, base, "elena.conti@comune-frascati.example");
    await page.goto(`${base}/learning/courses/smart-city-basics?lang=it`);
    const enrol = page.locator("main form[action$='/enrol'] [type=submit]");
    if (await enrol.count()) await submitAndWait(page, enrol.first());
    await page.goto(`${base}/learning/courses/smart-city-basics`);
    await Promise.all([
      page.waitForNavigation(),
      page.locator('main a:text-is("People first")').first().click(),
    ]);
    const lessonUrl = page.url().split("?")[0]!;

    // The course speaks English; in Italian the Italian track is on by default, and only it.
    const tracks = await page
      .locator("video track")
      .evaluateAll((ts) =>
        ts.map((t) => `${t.getAttribute("srclang")}${t.hasAttribute("default") ? "*" : ""}`),
      );
    expect(tracks.sort()).toEqual(["de", "en", "fi", "it*", "sv"]);
    const cues = page.locator("main .cue-list a[data-start]");
    expect(await cues.count()).toBe(4);
    expect(await page.locator("main .cue-list").getAttribute("lang")).toBe("it");

    // The speed select, shown by the island, changed with the keyboard.
    await tabTo(page, "#video-speed");
    await page.keyboard.press("ArrowDown");
    expect(await page.locator("#video-speed").inputValue()).toBe("1.25");
    expect(await page.locator("video").evaluate((v: HTMLVideoElement) => v.playbackRate)).toBe(1.25);

    // A cue by keyboard: the video seeks in place (no navigation) and the cue is the current one.
    await tabTo(page, "main .cue-list a", "0:06");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (document.querySelector("video") as HTMLVideoElement).currentTime === 6);
    expect(page.url().split("?")[0]).toBe(lessonUrl);
    await page.waitForSelector('main .cue-list a[aria-current="true"][data-start="6"]');

    // Paused: the position is posted, and the next visit starts there.
    const saved = page.waitForResponse(
      (r) => r.url().endsWith("/position") && r.request().method() === "POST",
    );
    await page.locator("video").evaluate(async (v: HTMLVideoElement) => {
      v.muted = true;
      await v.play();
      v.pause();
    });
    expect((await saved).status()).toBe(204);
    await page.goto(lessonUrl);
    expect(await page.locator("video").getAttribute("src")).toMatch(/\/video#t=6(\.\d)?$/);

    // Without the island the mark-as-done form is still a plain form.
    expect(await page.locator(`main form[action="${new URL(lessonUrl).pathname}/done"] button`).count()).toBe(
      1,
    );
  });
});
