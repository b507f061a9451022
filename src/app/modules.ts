// Every module of the application, in the order their pages are mounted, their API described and
// their demo data seeded (a module's demo may use what an earlier one seeded: funding links the
// catalogue's practices, boards and conferences the labs). Adding a module is one line here.
import { manifest as boards } from "../modules/boards/manifest.ts";
import { manifest as conferences } from "../modules/conferences/manifest.ts";
import { manifest as credentials } from "../modules/credentials/manifest.ts";
import { manifest as funding } from "../modules/funding/manifest.ts";
import { manifest as identity } from "../modules/identity/manifest.ts";
import { manifest as labs } from "../modules/labs/manifest.ts";
import { manifest as learning } from "../modules/learning/manifest.ts";
import { manifest as notifications } from "../modules/notifications/manifest.ts";
import { manifest as practices } from "../modules/practices/manifest.ts";
import { manifest as publications } from "../modules/publications/manifest.ts";
import type { ModuleManifest } from "../platform/module.ts";

export const MODULES: readonly ModuleManifest[] = [
  identity,
  practices,
  labs,
  funding,
  boards,
  conferences,
  learning,
  credentials,
  notifications,
  publications,
];
