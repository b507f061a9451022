// What a module tells the application about itself: its manifest. `src/app` mounts the manifests
// listed in app/modules.ts and nothing else names a module's pages, API, jobs or seeds (ARCHITECTURE.md
// "Layout"). Heavy parts are loaders (`() => import(…)`), so each role loads only what it runs: the
// worker loads jobs and event handlers, never pages; the web role loads pages and the API.
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Hono } from "hono";
import type { Actor } from "./auth/index.ts";
import type { Deps } from "./deps.ts";
import type { AppEnv } from "./http/context.ts";
import type { NotificationKind } from "./notifications.ts";
import type { Live } from "./realtime/types.ts";
import type { SlotFill, SlotName } from "./ui/slots.tsx";

type Loader<T> = () => Promise<T>;

/** The REST API (/api/v1) a module adds its routes to. */
export type ApiApp = OpenAPIHono<AppEnv>;

/** A link in the header's main navigation. */
export type NavigationEntry = {
  href: string;
  /** Message key of the label. */
  label: string;
  /** Place among all modules' entries (Home is 0). */
  order: number;
  /** Shown only to these people; everyone when absent. */
  visible?: (actor: Actor | null) => boolean;
};

/** Demo accounts anyone may sign in with, all with one password. */
export type DemoAccounts = { password: string; accounts: { email: string; name: string; roles: string }[] };

export type ModuleManifest = {
  /** The module's folder name under src/modules. */
  name: string;
  /** The module's message catalogue (importing it registers its messages). Loaded by every role. */
  messages?: Loader<unknown>;
  /** HTML pages and forms, mounted at "/" in the order of app/modules.ts and then of this list. */
  pages?: Loader<Hono<AppEnv>[]>;
  /** Adds the module's /api/v1 routes (and their OpenAPI description). */
  api?: Loader<(api: ApiApp, deps: Deps) => void>;
  /** Registers the module's message types on /live. */
  live?: Loader<(live: Live, deps: Deps) => void>;
  /** Declares the module's jobs (defineJob at import time). Loaded by every role. */
  jobs?: Loader<unknown>;
  /**
   * Declares the module's event handlers (onEvent at import time, platform/events.ts). Loaded by every
   * role: an emitting process must know who is subscribed.
   */
  events?: Loader<unknown>;
  /**
   * Demo data, seeded in the order of app/modules.ts on an empty embedded database. A module that
   * creates sign-in accounts returns them, for the banner printed at start.
   */
  demo?: Loader<(deps: Deps) => Promise<DemoAccounts | undefined>>;
  navigation?: readonly NavigationEntry[];
  /**
   * What the module tells people about (platform/notifications.ts): each kind is delivered by a handler
   * of one of its domain events. Loaded by every role, as the event handlers are.
   */
  notifications?: Loader<readonly NotificationKind[]>;
  /** Pieces of other modules' pages this module fills (platform/ui/slots.tsx). */
  slots?: { readonly [S in SlotName]?: SlotFill<S> };
};
