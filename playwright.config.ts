import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, resolveChromium } from "./e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const executablePath = await resolveChromium();

/**
 * End-to-end tests in Chromium against the production build, served by `npm start` on a fresh data
 * directory, so that they also prove the first-start path (embedded PostgreSQL, migrations, demo seed).
 */
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e-artifacts",
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: "chromium",
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  webServer: {
    command: "node --import tsx scripts/start.ts",
    url: `http://localhost:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(PORT), RAPPORT_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data-e2e", NODE_ENV: "production" },
  },
});
