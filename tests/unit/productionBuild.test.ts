import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/build/securityPlugin';
import { PRODUCTION_BUILD, TEST_BUILD } from '../support/builds';

const scripts = (dir: string): string =>
  readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, 'assets', f), 'utf8'))
    .join('\n');

/** `npm test` builds both before the tests run; they are checked as a static host would serve them. */
describe.runIf(existsSync(`${PRODUCTION_BUILD}/index.html`))('the production build', () => {
  const html = readFileSync(`${PRODUCTION_BUILD}/index.html`, 'utf8').replace(/&#39;/g, "'");

  it('has a strict Content-Security-Policy and no inline script', () => {
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    );
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
      expect((body ?? '').trim()).toBe('');
  });

  it('carries no test hook, which the test build does', () => {
    const hook = /\b__cy\b/;
    expect(hook.test(scripts(PRODUCTION_BUILD))).toBe(false);
    if (existsSync(`${TEST_BUILD}/assets`)) expect(hook.test(scripts(TEST_BUILD))).toBe(true);
  });

  it('names no remote origin a script could fetch from', () => {
    const remote = [...scripts(PRODUCTION_BUILD).matchAll(/fetch\(\s*["'`](https?:\/\/[^"'`]+)/g)].map(
      (m) => m[1],
    );
    expect(remote).toEqual([]);
  });
});
