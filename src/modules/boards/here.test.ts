// Sessions on the lab and meeting pages, and "Sessioni partecipative" in the main navigation
// (board-experience issue, item 6): the open sessions of the lab or meeting, with a link to take
// part, above the closed sessions' outcomes; "start a session here" (the new-session form set for
// the lab and the meeting) for those who may; the navigation entry for members, leading to their
// networks' sessions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorOf, DEFAULT_SESSION } from "../../../test/helpers/boards.ts";
import { Client } from "../../../test/helpers/client.ts";
import { addToNetwork, buildAccount, buildNetwork, signedIn } from "../../../test/helpers/factories.ts";
import { pageText } from "../../../test/helpers/html.ts";
import { buildLab, buildMeeting } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { createSession, join } from "./boards.service.ts";
import { runCommand } from "./command-runner.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const text = pageText;

async function world() {
  const network = await buildNetwork(t);
  const lab = await buildLab(t, network.id, { visibility: "public" });
  const meeting = await buildMeeting(t, lab);
  const coord = await buildAccount(t, { name: "Cora Coordinatrice" });
  await addToNetwork(t, network.id, coord.id, "coordinator");
  const member = await buildAccount(t, { name: "Mario Membro" });
  await addToNetwork(t, network.id, member.id, "member");
  const coordActor = await actorOf(t, coord.id);
  const open = await createSession(
    t.deps,
    coordActor,
    network,
    { ...DEFAULT_SESSION, title: "Tavolo aperto dell'incontro", lab: lab.id, meeting: meeting.id },
    "it",
  );
  const closed = await createSession(
    t.deps,
    coordActor,
    network,
    { ...DEFAULT_SESSION, title: "Tavolo chiuso", lab: lab.id, meeting: meeting.id },
    "it",
  );
  const fac = await join(t.deps, closed, { actor: coordActor });
  expect((await runCommand(t.deps, closed.id, fac.participant.id, { type: "end" })).ok).toBe(true);
  return { network, lab, meeting, coord, member, open, closed };
}

describe("the lab and meeting pages", () => {
  it("list the open sessions with a link to take part, above the outcomes, and offer to start one", async () => {
    const w = await world();
    const mc = await signedIn(t, w.member.id);
    const labPage = await text(await mc.get(`/labs/${w.lab.slug}?lang=it`));
    expect(labPage).toContain("Sessioni partecipative in corso");
    expect(labPage).toContain(
      `<a href="/boards/${w.open.id}">Partecipa<span class="visually-hidden">: Tavolo aperto dell'incontro</span></a>`,
    );
    expect(labPage).not.toContain(`<a href="/boards/${w.closed.id}">`);
    expect(labPage.indexOf("Sessioni partecipative in corso")).toBeLessThan(
      labPage.indexOf("Esiti delle sessioni partecipative"),
    );
    // A member may not start sessions: no such link.
    expect(labPage).not.toContain("/boards/new?lab=");

    // Once joined, the link leads back to it.
    await join(t.deps, w.open, { actor: await actorOf(t, w.member.id) });
    expect(await text(await mc.get(`/labs/${w.lab.slug}`))).toContain(
      `Torna alla sessione<span class="visually-hidden">: Tavolo aperto dell'incontro</span>`,
    );

    // The coordinator may start one: the form is set for the lab, and from the meeting for both.
    const cc = await signedIn(t, w.coord.id);
    const asCoord = await text(await cc.get(`/labs/${w.lab.slug}?lang=it`));
    expect(asCoord).toContain(`href="/networks/${w.network.slug}/boards/new?lab=${w.lab.id}"`);
    expect(asCoord).toContain("Avvia una sessione in questo laboratorio");
    const meetingPage = await text(await cc.get(`/labs/${w.lab.slug}/meetings/${w.meeting.slug}`));
    const start = `/networks/${w.network.slug}/boards/new?lab=${w.lab.id}&meeting=${w.meeting.id}`;
    expect(meetingPage).toContain(`href="${start}"`);
    expect(meetingPage).toContain("Avvia una sessione per questo incontro");
    expect(meetingPage).toContain(`href="/boards/${w.open.id}"`);
    const form = await text(await cc.get(start));
    expect(form).toContain(`<input type="hidden" name="meeting" value="${w.meeting.id}"/>`);
    expect(form).toContain(`<strong>Incontro:</strong> ${w.meeting.title}`);
    expect(form).toMatch(new RegExp(`<option value="${w.lab.id}" selected`));
    const created = await cc.submit(start, `/networks/${w.network.slug}/boards`, {
      title: "Nuovo tavolo dall'incontro",
      template: "common-goals",
      lab: w.lab.id,
      meeting: w.meeting.id,
    });
    expect(created.status).toBe(303);
    const row = await t.deps.pool.query("select lab_id, meeting_id from board_sessions where title = $1", [
      "Nuovo tavolo dall'incontro",
    ]);
    expect(row.rows).toEqual([{ lab_id: w.lab.id, meeting_id: w.meeting.id }]);
  });

  it("show nothing of it to people outside the network or signed out", async () => {
    const w = await world();
    const stranger = await signedIn(t, (await buildAccount(t)).id);
    for (const c of [stranger, new Client(t)]) {
      const page = await text(await c.get(`/labs/${w.lab.slug}?lang=it`));
      expect(page).not.toContain("Sessioni partecipative in corso");
      expect(page).not.toContain(w.open.id);
    }
  });
});

describe("Sessioni partecipative in the main navigation", () => {
  it("is there for members, leading to their networks' sessions under way; not for people of no network", async () => {
    const w = await world();
    const mc = await signedIn(t, w.member.id);
    const home = await text(await mc.get("/?lang=it"));
    expect(home).toMatch(/<a class="nav-link" href="\/boards"><span>Sessioni partecipative<\/span><\/a>/);
    const page = await text(await mc.get("/boards"));
    expect(page).toContain(`<h2 id="network-${w.network.id}" class="h3">`);
    expect(page).toContain(`href="/boards/${w.open.id}"`);
    expect(page).not.toContain(`href="/boards/${w.closed.id}"`);
    expect(page).toContain(`href="/networks/${w.network.slug}/boards"`);
    expect(page).not.toContain(`href="/networks/${w.network.slug}/boards/new"`);
    const cc = await signedIn(t, w.coord.id);
    expect(await text(await cc.get("/boards"))).toContain(`href="/networks/${w.network.slug}/boards/new"`);

    const loner = await signedIn(t, (await buildAccount(t)).id);
    expect(await text(await loner.get("/"))).not.toContain('href="/boards"');
    expect(await text(await loner.get("/boards"))).toContain("Non fai ancora parte di una rete");
    const anon = new Client(t);
    expect(await text(await anon.get("/"))).not.toContain('href="/boards"');
    const res = await anon.get("/boards");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/sign-in?next=%2Fboards");
  });
});
