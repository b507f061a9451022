#!/usr/bin/env node
// `npx bottega …` inside the repository: runs src/cli.ts through the tsx loader (.ts and .tsx).
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
