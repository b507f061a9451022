import { defineConfig } from "vitest/config";

// Browser tests: playwright-core driving Debian's chromium against a real server. Two files at once:
// one file keeps about one core busy (the server renders while the browser waits, then the reverse),
// so two workers use both cores of a CI machine (docs/decisions/0057-ci-time.md).
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.{ts,tsx}"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
