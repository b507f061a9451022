#!/usr/bin/env node
// `npx bottega …` inside the repository: runs src/cli.ts through Bottega's TypeScript loader (.ts and .tsx).
import "./ts-loader.mjs";

await import("../src/cli.ts");
