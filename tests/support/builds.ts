/** The production build (what `npm run build` writes and a static host serves). */
export const PRODUCTION_BUILD = 'dist';
/**
 * The test build (`npm run build:test`, `vite build --mode test`): the same site plus the hook that
 * exposes the Cytoscape instance as `window.__cy`. Browser tests, the benchmark and the screenshots use it.
 */
export const TEST_BUILD = 'dist-test';
