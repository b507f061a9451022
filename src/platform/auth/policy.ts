// The shape every module's policy.ts answers to (ARCHITECTURE habit 3): can(actor, action, resource),
// one function per module, with the resource each action is asked about written down per action.
// Route guards (http/guards.ts) take a policy of this shape, so a route names its action, not a rule.
import type { Actor } from "./actor.ts";

/**
 * May this person (null: nobody signed in) do `action` to `resource`? `M` maps each action to the
 * resource it is asked about (`undefined` for an action about no resource).
 */
export type Policy<M> = <A extends keyof M>(actor: Actor | null, action: A, resource: M[A]) => boolean;

/** A policy's rules, one per action, checked against its map of resources. */
export type Rules<M> = { [A in keyof M]: (actor: Actor | null, resource: M[A]) => boolean };

/** The policy that asks `rules`: each action's rule with its own resource. */
export const policyOf =
  <M>(rules: Rules<M>): Policy<M> =>
  (actor, action, resource) =>
    rules[action](actor, resource);
