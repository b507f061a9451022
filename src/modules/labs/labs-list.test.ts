// The labs list: each lab's status (upcoming / in progress / finished) and next meeting come from its
// meetings' dates and the injectable clock, counting only meetings the viewer may see; its cover shows
// with its text alternative.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNetwork } from "../../../test/helpers/factories.ts";
import { buildLab, buildMeeting } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { updateCover } from "./cover.service.ts";
import { labStatus, nextMeeting } from "./lab-status.ts";
import type { Lab } from "./labs.types.ts";

const DAY = 86_400_000;
const START = new Date("2031-03-03T09:00:00Z");
let t: TestRuntime;
let lab: Lab;
let hidden: Lab;

beforeAll(async () => {
  t = await createTestRuntime({ start: START });
  const net = await buildNetwork(t);
  lab = await buildLab(t, net.id, { title: "Lab con un programma" });
  await buildMeeting(t, lab, { title: "Primo incontro" }); // START + 7 days
  await buildMeeting(t, lab, {
    title: "Secondo incontro",
    startsAt: new Date(START.getTime() + 14 * DAY),
    endsAt: new Date(START.getTime() + 14 * DAY + 7_200_000),
  });
  // A cancelled meeting never makes a lab "in progress" nor is anyone's next one.
  const gone = await buildMeeting(t, lab, {
    title: "Incontro annullato",
    startsAt: new Date(START.getTime() + 3 * DAY),
    endsAt: new Date(START.getTime() + 3 * DAY + 7_200_000),
  });
  await t.deps.pool.query("update meetings set status = 'cancelled' where id = $1", [gone.id]);
  // A public lab whose only meeting is for PA members: others learn neither a status nor a date.
  hidden = await buildLab(t, net.id, { title: "Lab riservato" });
  await buildMeeting(t, hidden, { title: "Incontro PA", visibility: "pa" });
  const png = await sharp({
    create: { width: 300, height: 100, channels: 3, background: { r: 10, g: 90, b: 160 } },
  })
    .png()
    .toBuffer();
  await updateCover(t.deps, SYSTEM, lab, {
    image: png,
    alt: "Una sala di lavoro piena di persone",
    remove: false,
  });
});
afterAll(() => t.close());

/** The list's card of a lab (from its title to the end of its card). */
async function card(title: string): Promise<string> {
  const html = await (await t.app.request("/labs?lang=it")).text();
  const from = html.lastIndexOf('<li class="col-12', html.indexOf(`>${title}</a>`));
  return html.slice(from, html.indexOf("</li>", from));
}

describe("status and next meeting", () => {
  it("is upcoming before the first meeting, with that meeting next", async () => {
    t.clock.set(START);
    const c = await card("Lab con un programma");
    expect(c).toContain("In programma");
    expect(c).toMatch(
      /Prossimo incontro: lunedì 10 marzo 2031, 10:00–12:00 \(Europe\/Rome\) –\s*<a href="[^"]+">Primo incontro/,
    );
  });

  it("is in progress once the first meeting has started, the second one next", async () => {
    t.clock.set(new Date(START.getTime() + 8 * DAY));
    const c = await card("Lab con un programma");
    expect(c).toContain("In corso");
    expect(c).toContain("Secondo incontro");
    expect(c).not.toContain(">Primo incontro");
  });

  it("is finished once the last has ended, with nothing next", async () => {
    t.clock.set(new Date(START.getTime() + 20 * DAY));
    const c = await card("Lab con un programma");
    expect(c).toContain("Concluso");
    expect(c).toContain("Nessun altro incontro in programma.");
    const en = await (await t.app.request("/labs?lang=en")).text();
    expect(en).toContain("Finished");
  });

  it("tells nothing about meetings the viewer may not see", async () => {
    t.clock.set(START);
    const c = await card("Lab riservato");
    expect(c).not.toContain("In programma");
    expect(c).not.toContain("Prossimo incontro");
  });

  it("shows the cover with its text alternative", async () => {
    const c = await card("Lab con un programma");
    const src = /<img src="([^"]+)" alt="Una sala di lavoro piena di persone"/.exec(c)![1]!;
    expect((await t.app.request(src)).headers.get("content-type")).toBe("image/jpeg");
  });
});

describe("labStatus", () => {
  const m = (start: number, end: number, status: "scheduled" | "cancelled" | "closed" = "scheduled") => ({
    startsAt: new Date(start),
    endsAt: new Date(end),
    status,
  });
  it("has no status without meetings, or with only cancelled ones", () => {
    expect(labStatus([], new Date(0))).toBeNull();
    expect(labStatus([m(10, 20, "cancelled")], new Date(0))).toBeNull();
  });
  it("is in progress during the only meeting, finished after it (closed meetings count as held)", () => {
    expect(labStatus([m(10, 20)], new Date(15))).toBe("in-progress");
    expect(labStatus([m(10, 20, "closed")], new Date(20))).toBe("finished");
    expect(nextMeeting([m(10, 20), m(30, 40, "cancelled"), m(50, 60)], new Date(15))?.startsAt).toEqual(
      new Date(50),
    );
  });
});
