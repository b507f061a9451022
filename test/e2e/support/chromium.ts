// Debian's Chromium driven by playwright-core (Playwright's own browser builds cannot be downloaded
// here), launched as every browser test and benchmark launches it. No test runner in here: the
// benchmarks (bench/board) use it too.
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
