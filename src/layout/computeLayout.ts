import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { FCOSE_OPTIONS, seededRandom } from '../model/layoutOptions';
import type { LayoutInput } from '../model/layoutInput';
import type { Positions } from '../model/types';

cytoscape.use(fcose);

/**
 * Runs fcose headlessly with a seeded random source, so the same graph-data always gives
 * the same default picture. Used at build time: the browser starts from these positions.
 */
export const computeLayout = (
  input: LayoutInput,
  seed = 20230523,
  options: { name: string } & Record<string, unknown> = FCOSE_OPTIONS,
): Positions => {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
      ...input.edges.map((e) => ({ group: 'edges' as const, data: e })),
    ],
    style: [{ selector: 'node', style: { width: 30, height: 30 } }],
  });
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    cy.layout({ ...options } as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = original;
  }
  const positions: Positions = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  cy.destroy();
  return positions;
};
