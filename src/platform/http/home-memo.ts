// The two memos of the home page's sections (labs, practices, conferences): a part the same for
// everyone (one entry, e.g. the next public meetings) and a person's own part (one entry per account),
// both kept until the next write as untilNextWrite keeps them (render-cache.ts). Here so the sections
// do not each repeat the key they pass and the entry limit that goes with it.
import { untilNextWrite } from "./render-cache.ts";

type Clocked = { clock: { now(): Date } };

/** A home-page part the same for everyone: one entry, until the next write (or 2 s). */
export function sameForEveryone<D extends Clocked, R>(
  load: (deps: D) => Promise<R>,
): (deps: D) => Promise<R> {
  const memo = untilNextWrite((deps: D, _key: string) => load(deps), { maxEntries: 1 });
  return (deps) => memo(deps, "home");
}

/** A person's own home-page part: by account id, until the next write (or 2 s). */
export function forEachPerson<D extends Clocked, P extends { id: string }, R>(
  load: (deps: D, person: P) => Promise<R>,
): (deps: D, person: P) => Promise<R> {
  const memo = untilNextWrite((deps: D, _id: string, person: P) => load(deps, person));
  return (deps, person) => memo(deps, person.id, person);
}
