import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const playwrightInstalled = (): string | undefined => {
  const cache = join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse()) {
    const exe = join(cache, dir, 'chrome-linux', 'chrome');
    if (existsSync(exe)) return exe;
  }
  return undefined;
};

/**
 * The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else one that
 * Playwright installed. With none, fail loudly with how to get one (never skip).
 */
export const findChromium = (): string => {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightInstalled()];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one: `apt-get install chromium` (Debian), ' +
        'or set CHROMIUM_PATH to a Chromium/Chrome executable.',
    );
  }
  return found;
};

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
