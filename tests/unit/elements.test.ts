import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { stylesheetFor } from '../../src/view/canvas/stylesheet';
import { toElements } from '../../src/view/canvas/toElements';
import { emphasis } from '../../src/view/canvas/emphasis';
import { visibleSubgraph } from '../../src/model/visibleSubgraph';
import { DEFAULT_FILTERS, reviewVocabulary } from '../support/schemas';
import { tinyGraph } from '../support/tinyGraph';

const graph = tinyGraph();

describe('canvas elements', () => {
  const elements = toElements(graph, { 'factor/vegf': { x: 10, y: 20 } });

  it('derives one element per entity (references excluded) and per relation, each with its graph key', () => {
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(9);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(6);
    expect(elements.every((e) => typeof e.data.id === 'string')).toBe(true);
  });

  it('keeps data flat: scalars only', () => {
    for (const e of elements)
      for (const v of Object.values(e.data)) expect(['string', 'number']).toContain(typeof v);
  });

  it('carries the strongest level and the evidence count of a relation, and stored positions', () => {
    const edge = elements.find((e) => e.data.id === 'therapy/bm-msc--improves--disease/mi')!;
    expect(edge.data).toMatchObject({
      level: 'clinical',
      count: 2,
      family: 'therapeutic',
      label: 'improves ×2',
    });
    expect(elements.find((e) => e.data.id === 'factor/vegf')!.position).toEqual({ x: 10, y: 20 });
  });

  it('styles types and levels in a headless Cytoscape', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements,
      style: stylesheetFor(reviewVocabulary()),
    });
    expect(cy.getElementById('factor/vegf').style('shape')).toBe('ellipse');
    expect(cy.getElementById('factor/vegf--acts_through--mechanism/angiogenesis').style('line-style')).toBe(
      'dashed',
    );
    expect(cy.getElementById('therapy/bm-msc--improves--disease/mi').style('line-style')).toBe('solid');
    cy.destroy();
  });
});

describe('emphasis', () => {
  const visible = visibleSubgraph(graph, DEFAULT_FILTERS());
  it('highlights a selected entity and its neighbours, and dims the rest', () => {
    const e = emphasis(graph, visible, { selection: { kind: 'node', id: 'factor/vegf' }, focus: null });
    expect(e.selected).toEqual(new Set(['factor/vegf']));
    expect(e.neighbour.has('strategy/hypoxia')).toBe(true);
    expect(e.neighbour.has('factor/vegf--acts_through--mechanism/angiogenesis')).toBe(true);
    expect([...e.keep!].sort()).toEqual([...e.selected, ...e.neighbour].sort());
  });

  it('fades what a focus does not keep, but keeps the selection and its neighbours', () => {
    const e = emphasis(graph, visible, {
      selection: { kind: 'node', id: 'disease/mi' },
      focus: { id: 'factor/vegf', depth: 1 },
    });
    expect(e.keep?.has('mechanism/angiogenesis')).toBe(true);
    expect(e.keep?.has('therapy/bm-msc')).toBe(true); // a neighbour of the selection
    expect(e.keep?.has('therapy/exo')).toBe(false);
  });

  it('fades nothing without a selection, focus, path or spotlight', () => {
    expect(emphasis(graph, visible, { selection: null, focus: null }).keep).toBeUndefined();
  });
});
