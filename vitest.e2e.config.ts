import { defineConfig } from "vitest/config";

// Browser tests: playwright-core driving Debian's chromium against a real server.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.{ts,tsx}"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 1,
  },
});
