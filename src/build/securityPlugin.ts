import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built site: scripts, styles, workers and data only from the
 * site itself (no inline script, no remote origin); images also from data: and blob: URLs (exports
 * are drawn that way). Links the reader clicks (PubMed, DOI) are navigations, which it does not
 * restrict. Added to the built index.html only: the dev server injects inline scripts of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export const securityPlugin = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});
