// Which view the session page opens in: the board view for participants (with a refresh to the list
// view for browsers without JavaScript), the list view for whoever has not joined, and a choice made
// with ?view= kept for the next visit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard } from "../../../test/helpers/boards.ts";
import { addToNetwork, buildAccount, signedIn } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

const isBoardView = (html: string) => html.includes('class="board-visual"');
const refresh = (id: string) =>
  `<noscript><meta http-equiv="refresh" content="0; url=/boards/${id}?view=list"/>`;

describe("the session page's view", () => {
  it("opens as the board for a participant, sends a browser without JavaScript to the list, and remembers a choice", async () => {
    const b = await buildBoard(t, {}, 1);
    const id = b.session.id;
    const c = await signedIn(t, b.people[0]!.account.id);

    const first = await (await c.get(`/boards/${id}`)).text();
    expect(isBoardView(first)).toBe(true);
    expect(first).toContain(refresh(id));
    // The way to the list view stays on the board view, as a link that makes the choice.
    expect(first).toContain(`href="/boards/${id}?view=list"`);

    const list = await (await c.get(`/boards/${id}?view=list`)).text();
    expect(isBoardView(list)).toBe(false);
    expect(list).not.toContain("http-equiv");
    // The next visit without ?view= keeps the list…
    expect(isBoardView(await (await c.get(`/boards/${id}`)).text())).toBe(false);
    // …until the board is chosen again.
    expect(isBoardView(await (await c.get(`/boards/${id}?view=board`)).text())).toBe(true);
    expect(isBoardView(await (await c.get(`/boards/${id}`)).text())).toBe(true);
  });

  it("opens as the list, with its join button, for a member who has not joined", async () => {
    const b = await buildBoard(t, {}, 0);
    const other = await buildAccount(t);
    await addToNetwork(t, b.network.id, other.id, "member");
    const c = await signedIn(t, other.id);
    const page = await (await c.get(`/boards/${b.session.id}`)).text();
    expect(isBoardView(page)).toBe(false);
    expect(page).toContain(`action="/boards/${b.session.id}/join"`);
  });
});
