// The boards policy as a matrix: each kind of person (written by hand, not derived from the code)
// against each action, in a network and in one of its sessions.
import { describe, expect, it } from "vitest";
import { BASE_ACTOR, inNet, NET, OTHER_NET } from "../../../test/helpers/actors.ts";
import type { Actor } from "../../platform/auth/index.ts";
import { can, type Place, REOPEN_WINDOW_DAYS, reopenable, reopenUntil } from "./policy.ts";

const N = NET;
const OTHER = OTHER_NET;
const base = BASE_ACTOR;

const people = {
  anonymous: null,
  otherCoordinator: inNet("other", "coordinator", OTHER),
  member: inNet("member", "member"),
  facilitator: inNet("facilitator", "facilitator"),
  coordinator: inNet("coordinator", "coordinator"),
  admin: { ...base, id: "admin", isAdmin: true },
  /** A member who saved a template (when they ran sessions) and now is only a member. */
  saver: inNet("saver", "member"),
} satisfies Record<string, Actor | null>;

/** 1 allowed, 0 refused, - not asked. Compared as a string per row, so a failure names the row. */
const row = (answers: (boolean | null)[]) => answers.map((a) => (a === null ? "-" : a ? "1" : "0")).join(" ");

describe("in a network", () => {
  const template = { networkId: N, createdBy: "saver" };
  const answers = (actor: Actor | null) =>
    row([
      can(actor, "list-sessions", { networkId: N }),
      can(actor, "create-session", { networkId: N }),
      can(actor, "use-templates", { networkId: N }),
      can(actor, "facilitate", { networkId: N }),
      can(actor, "delete-template", template),
      can(actor, "join", { guestsAllowed: true }),
      can(actor, "join", { guestsAllowed: false }),
    ]);

  // biome-ignore format: the table is aligned by hand
  const expected: Record<keyof typeof people, string> = {
    //                list create templates facilitate deleteTpl join(guests) join(no guests)
    anonymous:        "0 0 0 0 0 1 0",
    otherCoordinator: "0 0 0 0 0 1 1",
    member:           "1 0 0 0 0 1 1",
    facilitator:      "1 1 1 1 0 1 1",
    coordinator:      "1 1 1 1 1 1 1",
    admin:            "1 1 1 1 1 1 1",
    saver:            "1 0 0 0 1 1 1",
  };

  for (const [name, actor] of Object.entries(people)) {
    it(`answers ${name}`, () => {
      expect(answers(actor)).toBe(expected[name as keyof typeof people]);
    });
  }
});

describe("in a session of the network", () => {
  const guest: Place = { role: "guest", accountId: null };
  const participant = (accountId: string): Place => ({ role: "participant", accountId });
  const co = (accountId: string): Place => ({ role: "co-facilitator", accountId });

  /** Who asks, and the place they hold in the session (null: not joined). */
  const cases: Record<string, [Actor | null, Place | null]> = {
    anonymous: [null, null],
    guest: [null, guest],
    otherCoordinator: [people.otherCoordinator, null],
    /** Joined with the session's link: the link is the invitation. */
    otherCoordinatorJoined: [people.otherCoordinator, participant("other")],
    member: [people.member, null],
    memberJoined: [people.member, participant("member")],
    facilitator: [people.facilitator, null],
    facilitatorJoined: [people.facilitator, co("facilitator")],
    coordinatorJoined: [people.coordinator, co("coordinator")],
    admin: [people.admin, null],
    adminJoined: [people.admin, co("admin")],
    /** Who created the session (a facilitator of the network), or was handed the lead. */
    lead: [people.facilitator, { role: "facilitator", accountId: "facilitator" }],
  };

  const answers = ([actor, place]: [Actor | null, Place | null]) => {
    const open = { networkId: N, closed: false, participant: place };
    const closed = { ...open, closed: true };
    return row([
      can(actor, "see-session", open),
      can(actor, "see-session", closed),
      can(actor, "join-from-page", open),
      can(actor, "join-from-page", closed),
      place ? can(actor, "live-ticket", { participant: place }) : null,
      can(place, "run-board"),
      can(place, "hand-over"),
      can(place, "lead"),
      can(place, "save-template"),
      can(place, "promote"),
      can(place, "reopen"),
    ]);
  };

  // biome-ignore format: the table is aligned by hand
  const expected: Record<keyof typeof cases, string> = {
    //                      see(open) see(closed) joinBtn(open) joinBtn(closed) ticket runBoard handOver lead saveTpl promote reopen
    anonymous:              "0 0 0 0 - 0 0 0 0 0 0",
    guest:                  "1 1 0 0 1 0 0 0 0 0 0",
    otherCoordinator:       "0 0 0 0 - 0 0 0 0 0 0",
    otherCoordinatorJoined: "1 1 0 0 0 0 0 1 0 0 0",
    member:                 "1 1 1 0 - 0 0 0 0 0 0",
    memberJoined:           "1 1 0 0 0 0 0 1 0 0 0",
    facilitator:            "1 1 1 0 - 0 0 0 0 0 0",
    facilitatorJoined:      "1 1 0 0 0 1 0 1 1 1 1",
    coordinatorJoined:      "1 1 0 0 0 1 0 1 1 1 1",
    admin:                  "1 1 1 0 - 0 0 0 0 0 0",
    adminJoined:            "1 1 0 0 0 1 0 1 1 1 1",
    lead:                   "1 1 0 0 0 1 1 1 1 1 1",
  };

  for (const [name, c] of Object.entries(cases)) {
    it(`answers ${name}`, () => {
      expect(answers(c)).toBe(expected[name]);
    });
  }

  it("lists every case it checks", () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(cases).sort());
  });
});

describe("the reopening window", () => {
  const closedAt = new Date("2026-12-07T16:00:00Z");
  it("is open for 7 days after closing, that moment included, and shut after", () => {
    expect(REOPEN_WINDOW_DAYS).toBe(7);
    expect(reopenUntil(closedAt).toISOString()).toBe("2026-12-14T16:00:00.000Z");
    expect(reopenable(closedAt, new Date("2026-12-07T16:00:00Z"))).toBe(true);
    expect(reopenable(closedAt, new Date("2026-12-14T16:00:00Z"))).toBe(true);
    expect(reopenable(closedAt, new Date("2026-12-14T16:00:01Z"))).toBe(false);
    expect(reopenable(null, closedAt)).toBe(false);
  });
});
