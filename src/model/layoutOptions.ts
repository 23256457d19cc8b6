/**
 * Force-directed layout options shared by the build (which stores the default positions)
 * and the browser's "re-run layout" (which runs in a worker). Constants, so the layout is
 * never re-triggered by a new object identity.
 */
export const FCOSE_OPTIONS = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  fit: false,
  uniformNodeDimensions: true,
  packComponents: false,
  nodeRepulsion: 22000,
  idealEdgeLength: 120,
  edgeElasticity: 0.3,
  nodeSeparation: 80,
  gravity: 0.2,
  numIter: 2500,
} as const;

/** Deterministic pseudo-random numbers (mulberry32), so a seeded layout is reproducible. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
