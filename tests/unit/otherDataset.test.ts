import cytoscape from 'cytoscape';
import MiniSearch from 'minisearch';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../src/dataset/dataset';
import { loadGraph } from '../../src/io/loadGraph';
import { gapMatrixCsv } from '../../src/model/gaps/gapExport';
import { collectGapItems } from '../../src/model/gaps/gapItems';
import { cellKey, gapMatrix } from '../../src/model/gaps/gapMatrix';
import { errorsOf, formatProblem } from '../../src/model/problems';
import { buildSearch } from '../../src/model/searchIndex';
import { graphStats } from '../../src/model/stats';
import { applyStepView } from '../../src/model/storyView';
import { visibleSubgraph } from '../../src/model/visibleSubgraph';
import { createViewStore } from '../../src/state/store';
import { defaultUrlView, parseUrlView, serializeUrlView } from '../../src/state/urlState';
import { stylesheetFor } from '../../src/view/canvas/stylesheet';
import { toElements } from '../../src/view/canvas/toElements';
import { copyGraphData } from '../support/fixture';

/**
 * A second dataset with its own schema (people, places, organisations; an undirected relation; no
 * evidence levels, no references, no facets) goes through the same loader, model, store, URL codec
 * and canvas elements as the review: nothing in the code is specific to the review.
 */
const loaded = loadGraph(resolve('tests/fixtures/other-dataset'));
const graph = loaded.graph!;
const dataset = makeDataset(
  graph,
  {},
  loaded.data!.stories.map((s) => s.value),
);

describe('a dataset with a schema of its own', () => {
  it('loads with no problems, its schema in the graph', () => {
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(graph.getAttribute('schema').id).toBe('field-notes');
    expect(dataset.vocabulary.drawnTypes.map((t) => t.id)).toEqual(['person', 'place', 'organisation']);
    expect(dataset.vocabulary.levels).toEqual([]);
    expect(graph.getEdgeAttribute('person/ada--knows--person/charles', 'evidence')[0]!.level).toBeUndefined();
  });

  it('rejects a level, which its schema does not have, and a relation of the review', () => {
    const bad = loadGraph(
      copyGraphData(resolve('tests/fixtures/other-dataset'), {
        'relations/notes.yaml': (text) =>
          text
            .replace('section: diary\n      refs: []', 'section: diary\n      refs: []\n      level: animal')
            .replace('relation: member_of', 'relation: improves'),
      }),
    );
    const errors = errorsOf(bad.problems).map(formatProblem).join('\n');
    expect(errors).toMatch(/evidence\.0\.level/);
    expect(errors).toMatch(/relation: Invalid option: expected one of "visited"\|"knows"\|"member_of"/);
  });

  it('counts per type and relation of its own schema', () => {
    const stats = graphStats(graph);
    expect(stats.entities).toEqual({ person: 3, place: 2, organisation: 1 });
    expect(stats.relations).toEqual({ visited: 2, knows: 1, member_of: 1 });
    expect(stats.byLevel).toEqual({});
  });

  it('filters by its types and sections, with no level filter', () => {
    const store = createViewStore(dataset);
    const filters = store.getState().filters;
    expect(filters.types).toEqual(['person', 'place', 'organisation']);
    expect(filters.minLevel).toBeUndefined();
    expect(visibleSubgraph(graph, filters).edges.size).toBe(4);
    expect(visibleSubgraph(graph, { ...filters, sections: ['letters'] }).edges.size).toBe(2);
    expect(visibleSubgraph(graph, { ...filters, types: ['person'] }).edges.size).toBe(1);
  });

  it('round-trips its URLs and ignores the review’s parameters with a notice', () => {
    const view = {
      ...defaultUrlView(dataset.vocabulary),
      filters: { ...defaultUrlView(dataset.vocabulary).filters, types: ['person'] },
    };
    const search = serializeUrlView(view, dataset.vocabulary);
    expect(search).toBe('?types=person');
    expect(parseUrlView(search, dataset).view).toEqual(view);
    const { notices } = parseUrlView('?therapy=cells&level=animal', dataset);
    expect(notices).toEqual([
      'Ignored unknown parameter ?therapy.',
      'Ignored ?level=animal: this graph has no such values.',
    ]);
  });

  it('draws a gap map of its own default pairing, and exports it without level columns', () => {
    const matrix = gapMatrix(graph, collectGapItems(graph), { rows: 'person', cols: 'place' });
    expect(matrix.cells.get(cellKey('person/ada', 'place/london'))?.count).toBe(2);
    expect(matrix.cells.get(cellKey('person/ada', 'place/london'))?.level).toBeUndefined();
    expect(gapMatrixCsv(matrix, dataset.vocabulary).split('\n')[0]).toBe(
      'row,row_label,col,col_label,count,strongest_level,refs',
    );
  });

  it('gives Cytoscape elements and a stylesheet it accepts, the undirected relation without an arrow', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(graph, {}),
      style: stylesheetFor(dataset.vocabulary),
    });
    expect(cy.nodes()).toHaveLength(6);
    expect(cy.getElementById('person/ada').style('shape')).toBe('ellipse');
    expect(cy.getElementById('place/london').style('background-color')).toBe('rgb(0,158,115)');
    expect(cy.getElementById('person/ada--knows--person/charles').style('target-arrow-shape')).toBe('none');
    expect(cy.getElementById('person/ada--visited--place/london').style('target-arrow-shape')).toBe(
      'triangle',
    );
  });

  it('plays its stories and searches its labels and aliases', () => {
    const [first] = dataset.stories[0]!.steps;
    expect(applyStepView(graph, first!.view).camera).toEqual([
      'person/ada',
      'place/london',
      'person/ada--visited--place/london',
    ]);
    const search = buildSearch(graph, MiniSearch);
    expect(search('augusta')[0]?.id).toBe('person/ada');
  });
});
