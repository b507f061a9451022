// The header's main navigation: Home, then each module's entries (their manifests' `navigation`),
// installed once by app/ and read by the layout on every page.
import type { Actor } from "../auth/index.ts";
import type { NavigationEntry } from "../module.ts";

let entries: readonly NavigationEntry[] = [];

export function installNavigation(list: readonly NavigationEntry[]): void {
  entries = [...list].sort((a, b) => a.order - b.order);
}

/** The entries this person sees, in order (Home comes first and is the layout's own). */
export const navigationFor = (actor: Actor | null): readonly NavigationEntry[] =>
  entries.filter((e) => !e.visible || e.visible(actor));
