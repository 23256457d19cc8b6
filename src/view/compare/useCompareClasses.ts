import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { Comparison } from '../../model/compare/compareNeighbourhoods';
import { getCanvas } from '../canvas/canvasRegistry';

const CLASSES = ['compare-entity', 'compare-shared', 'compare-unique'] as const;
const styled = new WeakSet<Core>();

/** How the canvas draws a comparison: the compared entities, their shared and their unique neighbours. */
const addStyles = (cy: Core) => {
  if (styled.has(cy)) return;
  styled.add(cy);
  cy.style()
    .selector('node.compare-entity')
    .style({ 'border-width': 7, 'border-color': '#1d4ed8', 'border-style': 'double' })
    .selector('node.compare-shared')
    .style({ 'border-width': 5, 'border-color': '#047857', 'border-style': 'solid' })
    .selector('node.compare-unique')
    .style({ 'border-width': 4, 'border-color': '#b45309', 'border-style': 'dashed' })
    .update();
};

/**
 * While a comparison is shown, marks the canvas: compared entities, neighbours they all share and
 * neighbours only one has (by border style as well as colour); clears the marks when it closes.
 */
export const useCompareClasses = (comparison: Comparison | null): void => {
  useEffect(() => {
    const cy = getCanvas();
    if (!cy || !comparison) return;
    addStyles(cy);
    const shared = new Set(comparison.rows.filter((r) => r.share === 'shared').map((r) => r.neighbour));
    const unique = new Set(comparison.rows.filter((r) => r.share !== 'shared').map((r) => r.neighbour));
    const compared = new Set(comparison.ids);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const id = n.id();
        n.toggleClass('compare-entity', compared.has(id));
        n.toggleClass('compare-shared', !compared.has(id) && shared.has(id));
        n.toggleClass('compare-unique', !compared.has(id) && !shared.has(id) && unique.has(id));
      });
    });
    return () => {
      cy.batch(() => cy.nodes().removeClass(CLASSES.join(' ')));
    };
  }, [comparison]);
};
