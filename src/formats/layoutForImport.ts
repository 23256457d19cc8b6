import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { FCOSE_OPTIONS, seededRandom } from '../model/layoutOptions';
import type { DatasetPositions, ImportedDataset } from './types';

cytoscape.use(fcose);

/** Above this many nodes fcose runs in draft quality (its spectral step only). */
export const DRAFT_ABOVE = 500;

/**
 * fcose on the nodes, seeded so that the same file always gives the same picture. Measured on this
 * machine (2 shared cores, random graphs with 2 edges per node): draft 1.1 s at 1,000 nodes and
 * 2.4 s at 5,000; default quality 6.4 s at 1,000 — hence draft above `DRAFT_ABOVE`.
 */
const force = (
  nodes: string[],
  edges: { source: string; target: string }[],
  seed: number,
): DatasetPositions => {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((id) => ({ group: 'nodes' as const, data: { id } })),
      ...edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, ...e } })),
    ],
    style: [{ selector: 'node', style: { width: 30, height: 30 } }],
  });
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    const draft = nodes.length > DRAFT_ABOVE;
    cy.layout({
      ...FCOSE_OPTIONS,
      quality: draft ? 'draft' : 'default',
      ...(draft ? { numIter: 0 } : {}),
    } as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = random;
  }
  const positions = Object.create(null) as DatasetPositions;
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    positions[n.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  cy.destroy();
  return positions;
};

/**
 * Positions for every drawn node of an imported dataset (all but the reference type). A file
 * without positions gets a force layout; one with some keeps them, and each node it misses goes
 * beside its placed neighbours (or on a ring around the drawing when it has none).
 */
export const layoutForImport = (dataset: ImportedDataset, seed = 20230523): DatasetPositions => {
  const reference = dataset.schema.types.find((t) => t.role === 'reference')?.id;
  const nodes = dataset.graph.nodes.filter((n) => n.attributes?.type !== reference).map((n) => n.key);
  const drawn = new Set(nodes);
  const edges = dataset.graph.edges.filter(
    (e) => drawn.has(e.source) && drawn.has(e.target) && e.source !== e.target,
  );
  const given = dataset.positions;
  if (!given || Object.keys(given).length === 0) return force(nodes, edges, seed);
  const positions = Object.create(null) as DatasetPositions;
  for (const id of nodes) if (given[id]) positions[id] = given[id]!;
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const placed = Object.values(positions);
  const cx = placed.reduce((s, p) => s + p.x, 0) / placed.length;
  const cy = placed.reduce((s, p) => s + p.y, 0) / placed.length;
  const radius = Math.max(100, ...placed.map((p) => Math.hypot(p.x - cx, p.y - cy))) + 80;
  const random = seededRandom(seed);
  const missing = nodes.filter((id) => !positions[id]);
  missing.forEach((id, i) => {
    const near = (neighbours.get(id) ?? []).map((n) => positions[n]).filter((p) => p !== undefined);
    if (near.length > 0) {
      const x = near.reduce((s, p) => s + p.x, 0) / near.length;
      const y = near.reduce((s, p) => s + p.y, 0) / near.length;
      positions[id] = { x: x + (random() - 0.5) * 60, y: y + (random() - 0.5) * 60 };
    } else {
      const angle = (2 * Math.PI * i) / missing.length;
      positions[id] = { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
    }
  });
  return positions;
};
