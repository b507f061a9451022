// The shape every module's policy.ts answers to (ARCHITECTURE habit 3): can(actor, action, resource),
// one function per module, with the resource each action is asked about written down per action.
// Route guards (http/guards.ts) take a policy of this shape, so a route names its action, not a rule.
import type { Actor } from "./actor.ts";
import { type Caller, SYSTEM } from "./system.ts";

/**
 * May this caller do `action` to `resource`? A person (an `Actor`; null: nobody signed in) is answered
 * by the rules; SYSTEM (jobs, demo seeds: never a request) only for the actions its policy lists for
 * it. `M` maps each action to the resource it is asked about (`undefined` for an action about no
 * resource).
 */
export type Policy<M> = <A extends keyof M>(caller: Caller | null, action: A, resource: M[A]) => boolean;

/** A policy's rules, one per action, checked against its map of resources: they only ever see people. */
export type Rules<M> = { [A in keyof M]: (actor: Actor | null, resource: M[A]) => boolean };

/**
 * The policy that asks `rules`: each action's rule with its own resource. `system` names the actions
 * SYSTEM may take (whatever the resource: it sees and manages what its work needs); it is refused
 * every other one, and no rule is ever asked about it.
 */
export const policyOf = <M>(rules: Rules<M>, o: { system?: readonly (keyof M)[] } = {}): Policy<M> => {
  const forSystem = new Set<keyof M>(o.system ?? []);
  return (caller, action, resource) =>
    caller === SYSTEM ? forSystem.has(action) : rules[action](caller, resource);
};
