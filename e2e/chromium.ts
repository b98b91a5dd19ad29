import fs from "node:fs";

/** Chromium flags for a closed network and a root user (see TOOLCHAIN). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
];

/**
 * The browser for end-to-end tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the Chromium
 * shipped inside the @sparticuz/chromium npm package (so that nothing needs apt or a download).
 */
export async function resolveChromium(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const { default: chromium } = await import("@sparticuz/chromium");
  return chromium.executablePath();
}
