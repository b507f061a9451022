// Guards: the steps of a route's chain before its handler (ARCHITECTURE habit 1: authenticate →
// load → authorise → one service call → render). Each is Hono middleware that either lets the request
// on, with what it found set as a typed context variable, or answers for the route:
//
//   r.get("/networks/:slug/funding/new", requireActor(), networkOfSlug(), mayManage, (c) => …)
//
// Hono gives the handler the variables of every guard before it, so `c.get("actor")` is an Actor there,
// not `Actor | null`. The platform knows no module: what a network is comes from the lookup a module
// passes to `network()` (identity offers the ready guard), and who may do what from the module's own
// policy passed to `authorize()`.
import type { MiddlewareHandler } from "hono";
import type { Actor, Policy } from "../auth/index.ts";
import type { Deps } from "../deps.ts";
import { notFound, unauthorized } from "../errors.ts";
import type { AppEnv, Ctx, With } from "./context.ts";

export type { With } from "./context.ts";

/** What `requireActor()` sets: the signed-in person, never null after it. */
export type SignedIn = { actor: Actor };

/** How a refusal is answered: by default, as if the thing were not there (CONVENTIONS "Visibility"). */
export type Refusal<R> = (actor: Actor | null, resource: R) => Error;

/** A guard that lets the handlers after it rely on the variables `V`. */
type Guard<V extends object> = MiddlewareHandler<AppEnv & { Variables: V }>;

/**
 * A guard written against the plain context, declaring the variables `V` it vouches for. Hono takes
 * what each guard declares on trust; this cast is where that trust is written down, next to the code
 * that earns it.
 */
const guard = <V extends object>(run: MiddlewareHandler<AppEnv>) => run as unknown as Guard<V>;

/** Sets a variable the app's own type does not name: the guard's type declares it to the handlers after it. */
const setVariable = (c: Ctx, key: string, value: unknown) =>
  (c as unknown as { set(key: string, value: unknown): void }).set(key, value);

/** The API answers problem details; pages answer people (the same test as the app's error handler). */
const isApi = (c: Ctx) => c.req.path.startsWith("/api/");

/** A page that needs an account sends an anonymous visitor to sign in, and back here afterwards. */
export function toSignIn(c: Ctx) {
  const url = new URL(c.req.url);
  return c.redirect(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
}

/**
 * Someone must be signed in: a page sends an anonymous visitor to sign in (and back afterwards); the
 * API answers 401 problem details.
 */
export const requireActor = () =>
  guard<SignedIn>(async (c, next) => {
    if (c.get("actor")) return next();
    if (isApi(c)) throw unauthorized();
    return toSignIn(c);
  });

/**
 * The network a path names (`:slug` unless told otherwise), found by `lookup`, which answers 404 for
 * one it does not know; set as `network`. It is not put in the page header (`networkContext`): pages
 * that show their network there say so themselves.
 */
export const network = <N>(lookup: (deps: Deps, key: string) => Promise<N>, param = "slug") =>
  guard<{ network: N }>(async (c, next) => {
    setVariable(c, "network", await lookup(c.get("deps"), c.req.param(param) ?? ""));
    await next();
  });

/**
 * Whatever a route loads before it authorises (a conference from its slug, the network of a call):
 * `find(c)`'s answer, set as `key`. `find` may read what the guards before it set (annotate its
 * parameter as `With<…>`); when it throws (a 404), that is the route's answer.
 */
export const load = <K extends string, T, Before extends object = object>(
  key: K,
  find: (c: With<Before>) => Promise<T>,
) =>
  guard<Before & { [P in K]: T }>(async (c, next) => {
    setVariable(c, key, await find(c as unknown as With<Before>));
    await next();
  });

/** `authorize` for an action about no resource. */
export function authorize<M, A extends keyof M>(
  policy: Policy<M>,
  action: undefined extends M[A] ? A : never,
): Guard<object>;
/**
 * The policy must allow the actor `action` on the resource `resourceOf` reads from what the guards
 * before found (annotate its parameter as `With<…>`); otherwise `refuse` answers: a 404 unless the
 * module says otherwise (a 403 for someone who can see the network's people, say).
 */
export function authorize<M, A extends keyof M, Before extends object = object>(
  policy: Policy<M>,
  action: A,
  resourceOf: (c: With<Before>) => M[A],
  refuse?: Refusal<M[A]>,
): Guard<Before>;
export function authorize<M, A extends keyof M>(
  policy: Policy<M>,
  action: A,
  resourceOf?: (c: Ctx) => M[A],
  refuse: Refusal<M[A]> = () => notFound(),
) {
  return guard(async (c, next) => {
    const actor = c.get("actor");
    const resource = resourceOf ? resourceOf(c) : (undefined as M[A]);
    if (!policy(actor, action, resource)) throw refuse(actor, resource);
    await next();
  });
}
