// Search returns exactly what identity's `canSee` allows, for every kind of actor: the SQL predicate
// in search/repo.ts (visibleTo) is checked against the policy function, not against a copy of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addToNetwork,
  buildAccount,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
} from "../../../../test/helpers/factories.ts";
import { buildPractice } from "../../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { type Actor, canSee } from "../../../platform/auth/index.ts";
import { loadActor } from "../../identity/index.ts";
import { getPractice, type Practice, searchPractices } from "../index.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

describe("search visibility", () => {
  it("matches canSee for anonymous, members, PA members, coordinators, participants and admins", async () => {
    const net = await buildNetwork(t);
    const other = await buildNetwork(t);
    const pa = await buildOrganisation(t, { isPa: true });
    const notPa = await buildOrganisation(t, { isPa: false });
    const people: Record<string, string> = {};
    const person = async (name: string) => {
      people[name] = (await buildAccount(t, { isAdmin: name === "admin" })).id;
      return people[name]!;
    };
    await addToNetwork(t, net.id, await person("member"), "member");
    await joinOrganisation(t, notPa.id, people.member!, "member", net.id);
    await addToNetwork(t, net.id, await person("paMember"), "member");
    await joinOrganisation(t, pa.id, people.paMember!, "member", net.id);
    await addToNetwork(t, other.id, await person("paElsewhere"), "member");
    await joinOrganisation(t, pa.id, people.paElsewhere!, "member", other.id);
    await addToNetwork(t, net.id, await person("facilitator"), "facilitator");
    await addToNetwork(t, net.id, await person("coordinator"), "coordinator");
    await addToNetwork(t, other.id, await person("otherCoordinator"), "coordinator");
    await person("participant");
    await person("nobody");
    await person("admin");

    const practices: Practice[] = [];
    for (const networkId of [net.id, other.id, null])
      for (const visibility of ["public", "network", "pa", "participants"] as const)
        for (const status of ["published", "draft", "in-review"] as const)
          practices.push(
            await buildPractice(t, {
              title: `Melograno ${visibility} ${status}`,
              summary: "Visibilità.",
              networkId,
              visibility,
              status,
              participantIds: visibility === "participants" ? [people.participant!] : [],
              createdBy: people.nobody,
            }),
          );

    const actors: [string, Actor | null][] = [["anonymous", null]];
    for (const [name, id] of Object.entries(people)) actors.push([name, await loadActor(t.deps, id)]);
    for (const [name, actor] of actors) {
      const expected = practices
        .filter((p) => p.status === "published" && canSee(actor, p))
        .map((p) => p.id)
        .sort();
      const r = await searchPractices(t.deps, actor, { q: "melograno", limit: 100 });
      expect(r.items.map((i) => i.id).sort(), name).toEqual(expected);
      expect(r.total, name).toBe(expected.length);
      const listed = await searchPractices(t.deps, actor, { limit: 100 });
      expect(listed.items.map((i) => i.id).sort(), `${name} (no q)`).toEqual(expected);
      // getPractice agrees for published practices (404 otherwise).
      for (const p of practices.filter((x) => x.status === "published")) {
        const ok = await getPractice(t.deps, actor, p.id).then(
          () => true,
          () => false,
        );
        expect(ok, `${name} reads ${p.title}`).toBe(expected.includes(p.id));
      }
    }
    // Sanity: the matrix is not trivial.
    const anonymous = await searchPractices(t.deps, null, { q: "melograno", limit: 100 });
    expect(anonymous.items.map((i) => i.title).sort()).toEqual(Array(3).fill("Melograno public published"));
  }, 60_000);
});
