// End-to-end tests use Debian's Chromium (no browser downloads on these machines).
import fs from "node:fs";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

export const CHROMIUM_HELP =
  "Chromium was not found. On Debian install it with:\n" +
  "  sudo apt-get update && sudo apt-get install -y chromium\n" +
  "or point CHROMIUM_PATH at a Chromium binary. (Playwright's own browser download does not work offline.)";
