// The one caller that is not a person: the instance itself, acting on its own account.
import type { Actor } from "./actor.ts";

/**
 * SYSTEM: the instance itself, for work no person asked for — jobs, event handlers, demo seeds, the
 * CLI and imports. Never anything that comes from a request: a request's caller is the `Actor` (or
 * null) identity resolved for it, and nothing a request carries (JSON, forms, cookies, tokens) can
 * name this symbol (it is not `Symbol.for`, so only code that imports it holds it).
 *
 * It is not an admin actor, on purpose: audit logs, "created by", "invited by" and every other "who
 * did this" must not name a fake person, so whatever SYSTEM does is recorded under no one (`actorOf`
 * gives null). Nor may it do everything an admin may: each module's policy lists the actions SYSTEM
 * may take (`policyOf(rules, { system: […] })`), and any other action is refused to it.
 */
export const SYSTEM = Symbol("system");

/** Who a service is called for: a person (`Actor`) or the instance itself (`SYSTEM`). */
export type Caller = Actor | typeof SYSTEM;

export const isSystem = (caller: Caller | null | undefined): caller is typeof SYSTEM => caller === SYSTEM;

/** The person behind `caller`, to check and record: null for SYSTEM (and for nobody signed in). */
export const actorOf = (caller: Caller | null): Actor | null => (caller === SYSTEM ? null : caller);
