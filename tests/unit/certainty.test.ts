import cytoscape from 'cytoscape';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../src/dataset/dataset';
import { loadGraph } from '../../src/io/loadGraph';
import { certaintyOptions, edgeHedged, matchingOption } from '../../src/model/certainty';
import { collectGapItems } from '../../src/model/gaps/gapItems';
import { cellKey, gapMatrix } from '../../src/model/gaps/gapMatrix';
import { itemPasses, visibleSubgraph } from '../../src/model/visibleSubgraph';
import { vocabOf } from '../../src/model/vocabOf';
import { vocabularyOf } from '../../src/model/vocabulary/vocabulary';
import { defaultUrlView, parseUrlView, serializeUrlView } from '../../src/state/urlState';
import { defaultFilters } from '../../src/state/viewTypes';
import { stylesheetFor } from '../../src/view/canvas/stylesheet';
import { toElements } from '../../src/view/canvas/toElements';
import { reviewSchema, reviewVocabulary, schemaFromYaml } from '../support/schemas';
import { graphBuilder } from '../support/tinyGraph';

const shipped = loadGraph(resolve('graph-data')).graph!;
const other = loadGraph(resolve('tests/fixtures/other-dataset')).graph!;

/** A hedged claim, a claim with one stated item among hedged ones, and a stated claim. */
const hedgedGraph = () => {
  const { g, node, edge } = graphBuilder();
  node('factor/mcp-1');
  node('factor/vegf');
  node('mechanism/angiogenesis');
  node('therapy/msc', { group: 'cells' });
  node('disease/mi');
  edge('factor/mcp-1', 'mediates', 'mechanism/angiogenesis', [{ certainty: 'suggested', quote: 'a' }]);
  edge('factor/vegf', 'mediates', 'mechanism/angiogenesis', [
    { certainty: 'suggested', quote: 'b' },
    { certainty: 'stated', quote: 'c' },
  ]);
  edge('therapy/msc', 'improves', 'disease/mi', [{ certainty: 'proposed', quote: 'd' }]);
  return g;
};

describe('certainty in the schema', () => {
  it('reads each value’s role and meaning; a bare label is a finding', () => {
    expect(reviewSchema().certainty.map((c) => [c.id, c.role])).toEqual([
      ['stated', 'finding'],
      ['suggested', 'hedge'],
      ['proposed', 'prospect'],
      ['contradicted', 'contradiction'],
    ]);
    const bare = schemaFromYaml(
      'id: x\ntitle: X\ntypes: {}\nrelations: {}\ncertainty:\n  sure: "Sure"\n  maybe: { label: Maybe, role: hedge }\n',
    );
    expect(bare.certainty).toEqual([
      { id: 'sure', label: 'Sure', role: 'finding' },
      { id: 'maybe', label: 'Maybe', role: 'hedge' },
    ]);
    expect(() =>
      schemaFromYaml(
        'id: x\ntitle: X\ntypes: {}\nrelations: {}\ncertainty:\n  a: { label: A, role: doubt }\n',
      ),
    ).toThrow(/role/);
  });

  it('offers all statements, stated findings only, and each hedged kind on its own', () => {
    const options = certaintyOptions(reviewVocabulary());
    expect(options.map((o) => [o.label, o.values])).toEqual([
      ['All statements', []],
      ['Stated findings only', ['stated']],
      ['Suggested only', ['suggested']],
      ['Proposed only', ['proposed']],
      ['Contradicted only', ['contradicted']],
    ]);
    expect(matchingOption(options, [])?.key).toBe('all');
    expect(matchingOption(options, ['stated'])?.label).toBe('Stated findings only');
    expect(matchingOption(options, ['stated', 'suggested'])).toBeUndefined();
    expect(certaintyOptions(vocabOf(other))).toEqual([]);
  });
});

describe('the certainty filter', () => {
  const g = hedgedGraph();
  const all = defaultFilters(vocabOf(g));
  const stated = { ...all, certainty: ['stated'] };

  it('keeps a relation while one of its items passes, and drops relations with hedged items only', () => {
    expect(visibleSubgraph(g, all).edges.size).toBe(3);
    expect([...visibleSubgraph(g, stated).edges]).toEqual(['factor/vegf--mediates--mechanism/angiogenesis']);
    expect([...visibleSubgraph(g, { ...all, certainty: ['proposed'] }).edges]).toEqual([
      'therapy/msc--improves--disease/mi',
    ]);
  });

  it('makes the gap map count stated findings only', () => {
    const v = vocabOf(shipped);
    const filters = { ...defaultFilters(v), certainty: ['stated'] };
    const items = collectGapItems(shipped, (s, t, item) => itemPasses(shipped, s, t, item, filters));
    const everything = gapMatrix(shipped, collectGapItems(shipped), { rows: 'therapy', cols: 'disease' });
    const findings = gapMatrix(shipped, items, { rows: 'therapy', cols: 'disease' });
    const cell = cellKey('therapy/exoflo', 'disease/severe-covid-19');
    // The trial's result is stated; that ExoFlo appears promising for severe COVID-19 is a hedge.
    expect(everything.cells.get(cell)?.count).toBe(2);
    expect(findings.cells.get(cell)?.count).toBe(1);
    expect(findings.cells.get(cell)?.items.map((i) => i.item.certainty)).toEqual(['stated']);
    for (const c of findings.cells.values())
      expect(c.items.every((i) => i.item.certainty === 'stated')).toBe(true);
  });
});

describe('hedged relations on the canvas', () => {
  it('marks a relation whose every item is hedged, and only those', () => {
    const v = vocabOf(hedgedGraph());
    const g = hedgedGraph();
    expect(g.mapEdges((e, a) => [e, edgeHedged(v, a.evidence)])).toEqual([
      ['factor/mcp-1--mediates--mechanism/angiogenesis', true],
      ['factor/vegf--mediates--mechanism/angiogenesis', false],
      ['therapy/msc--improves--disease/mi', true],
    ]);
    expect(edgeHedged(v, [])).toBe(false);
    expect(edgeHedged(vocabOf(other), other.getEdgeAttribute(other.edges()[0]!, 'evidence'))).toBe(false);
  });

  it('draws them with a hollow arrowhead, other relations filled, the line style still the level’s', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(shipped, {}),
      style: stylesheetFor(vocabOf(shipped)),
    });
    const mcp1 = cy.getElementById('factor/mcp-1--mediates--mechanism/angiogenesis');
    expect(mcp1.data('hedged')).toBe(1);
    expect(mcp1.style('target-arrow-fill')).toBe('hollow');
    expect(mcp1.style('line-style')).toBe('dotted');
    const vegf = cy.getElementById('strategy/hypoxic-preconditioning--increases--factor/vegf');
    expect(vegf.style('target-arrow-fill')).toBe('filled');
    const hedged = cy.edges('[?hedged]').length;
    expect(hedged).toBeGreaterThan(10);
    expect(hedged).toBeLessThan(cy.edges().length / 5);
    cy.destroy();
  });
});

describe('certainty in the URL', () => {
  const dataset = makeDataset(shipped, {}, []);
  const base = defaultUrlView(dataset.vocabulary);

  it('round-trips ?certainty=stated', () => {
    const view = { ...base, filters: { ...base.filters, certainty: ['stated'] } };
    const search = serializeUrlView(view, dataset.vocabulary);
    expect(search).toBe('?certainty=stated');
    expect(parseUrlView(search, dataset)).toEqual({ view, notices: [] });
  });

  it('drops an unknown value with a notice', () => {
    const { view, notices } = parseUrlView('?certainty=stated,surely', dataset);
    expect(view.filters.certainty).toEqual(['stated']);
    expect(notices).toEqual(['Ignored "surely" in ?certainty: not a known value.']);
  });

  it('is ignored with a notice on a dataset whose schema records no certainty', () => {
    const notes = makeDataset(other, {}, []);
    expect(vocabularyOf(other.getAttribute('schema')).certainty).toEqual([]);
    const { view, notices } = parseUrlView('?certainty=stated', notes);
    expect(view.filters.certainty).toEqual([]);
    expect(notices).toEqual(['Ignored ?certainty=stated: this graph records no certainty.']);
  });
});
