import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
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

export interface FoundChromium {
  path: string;
  /** Where it came from, for `npm run doctor` and the test runner's first line. */
  source: 'CHROMIUM_PATH' | 'system' | 'playwright' | 'npm (@sparticuz/chromium)';
}

const SYSTEM_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    join(
      process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
      'Google\\Chrome\\Application\\chrome.exe',
    ),
    join(process.env.LOCALAPPDATA ?? '', 'Google\\Chrome\\Application\\chrome.exe'),
  ],
};

const PLAYWRIGHT_CACHE: Partial<Record<NodeJS.Platform, string>> = {
  linux: join(homedir(), '.cache', 'ms-playwright'),
  darwin: join(homedir(), 'Library', 'Caches', 'ms-playwright'),
  win32: join(process.env.LOCALAPPDATA ?? '', 'ms-playwright'),
};

const PLAYWRIGHT_EXECUTABLES = [
  ['chrome-linux', 'chrome'],
  ['chrome-linux64', 'chrome'],
  ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
  ['chrome-win', 'chrome.exe'],
];

const playwrightInstalled = (): string | undefined => {
  const cache = PLAYWRIGHT_CACHE[process.platform];
  if (!cache || !existsSync(cache)) return undefined;
  const dirs = readdirSync(cache)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse();
  for (const dir of dirs)
    for (const parts of PLAYWRIGHT_EXECUTABLES) {
      const exe = join(cache, dir, ...parts);
      if (existsSync(exe)) return exe;
    }
  return undefined;
};

/** The Chromium that `npm ci` installs on Linux x64 (an optional dev dependency), unpacked on first use. */
const npmInstalled = async (): Promise<string | undefined> => {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  try {
    createRequire(import.meta.url).resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
};

const HOW_TO_GET_ONE: Partial<Record<NodeJS.Platform, string>> = {
  linux:
    'On Linux x64 `npm ci` installs one (@sparticuz/chromium); if it was skipped, run `npm ci` again ' +
    'without --omit=optional, or `apt-get install chromium`.',
  darwin: 'Install Google Chrome (https://www.google.com/chrome/) or `brew install --cask chromium`.',
  win32: 'Install Google Chrome (https://www.google.com/chrome/).',
};

/**
 * The Chromium to drive, in this order: $CHROMIUM_PATH; a system Chromium or Chrome; one that
 * Playwright installed; the npm-installed Chromium. With none, fail loudly with what to install
 * (the browser tests never skip).
 */
export const resolveChromium = async (): Promise<FoundChromium> => {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  const system = (SYSTEM_PATHS[process.platform] ?? []).find((p) => existsSync(p));
  if (system) return { path: system, source: 'system' };
  const playwright = playwrightInstalled();
  if (playwright) return { path: playwright, source: 'playwright' };
  const npm = await npmInstalled();
  if (npm) return { path: npm, source: 'npm (@sparticuz/chromium)' };
  throw new Error(
    `No Chromium found for the browser tests (looked at CHROMIUM_PATH, the system, Playwright's cache ` +
      `and the npm package). ${HOW_TO_GET_ONE[process.platform] ?? 'Set CHROMIUM_PATH to a Chromium or Chrome executable.'}`,
  );
};

let resolved: Promise<FoundChromium> | undefined;

/** One resolution per process (unpacking the npm Chromium takes a moment the first time). */
export const findChromium = (): Promise<FoundChromium> => (resolved ??= resolveChromium());

export const launchChromium = async (): Promise<Browser> =>
  chromium.launch({ executablePath: (await findChromium()).path, headless: true, args: CHROMIUM_FLAGS });
