// What every request handler can reach: the application's dependencies and the request's own state.
import type { Context } from "hono";
import type { Actor } from "../auth/index.ts";
import type { Deps } from "../deps.ts";
import type { Lang, T } from "../i18n/index.ts";
import type { Logger } from "../logger.ts";

export type Flash = { kind: "success" | "info" | "danger"; key: string };

export type AppEnv = {
  Variables: {
    deps: Deps;
    requestId: string;
    log: Logger;
    lang: Lang;
    t: T;
    actor: Actor | null;
    /** Hash of the session token, or null when signed out. */
    sessionId: string | null;
    /** The CSRF token for forms on this page (sets the anonymous cookie on first use). */
    csrfToken: () => string;
    flash: Flash | null;
    /** The network a page belongs to, shown in the header. */
    networkContext: { slug: string; name: string } | null;
  };
};

/**
 * A handler's context with the variables `V` that guards before it set (guards.ts): `network`, or
 * `actor` never null. Hono types `set` so strictly that such a context would not pass where the
 * plain one is asked for, although every read of it stays true; `set` is therefore declared as a
 * method here (TypeScript compares a method's parameters both ways), and the rest is Hono's Context.
 */
export type With<V extends object> = Omit<Context<AppEnv & { Variables: V }>, "set"> & {
  set<K extends keyof AppEnv["Variables"]>(key: K, value: AppEnv["Variables"][K]): void;
};

/** A handler's context, as pages, views and helpers take it (a guarded one passes too). */
export type Ctx = With<object>;
