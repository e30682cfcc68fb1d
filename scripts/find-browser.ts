/**
 * Which Chromium the tests drive, in this order: `$RL_CHROMIUM` (or `$CHROMIUM_PATH`),
 * Playwright's own download, Debian's `/usr/bin/chromium`. Fails with a clear message.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function findChromium(): string {
  const fromEnv = process.env.RL_CHROMIUM || process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`RL_CHROMIUM is set to ${fromEnv}, but no file is there.`);
  }
  let own: string | undefined;
  try {
    own = chromium.executablePath();
  } catch {
    /* Playwright has no browser of its own here */
  }
  if (own && existsSync(own)) return own;
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (existsSync(path)) return path;
  throw new Error(
    'No Chromium found for the tests. Install one (Debian: `apt-get install -y chromium`), ' +
      'or run `npx playwright install chromium`, or set RL_CHROMIUM=/path/to/chrome.',
  );
}
