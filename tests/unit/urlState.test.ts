import { describe, expect, it } from 'vitest';
import {
  defaultUrlView,
  isNavigation,
  parseUrlView,
  serializeUrlView,
  type UrlView,
} from '../../src/state/urlState';
import { tinyDataset } from '../support/tinyGraph';

const dataset = tinyDataset();
const DEFAULT_URL_VIEW = defaultUrlView(dataset.vocabulary);
const DEFAULT_FILTERS = DEFAULT_URL_VIEW.filters;
const serialise = (view: UrlView) => serializeUrlView(view, dataset.vocabulary);

describe('URL state', () => {
  it.each<[string, Partial<UrlView>]>([
    ['node', { selection: { kind: 'node', id: 'factor/vegf' } }],
    ['edge', { selection: { kind: 'edge', id: 'strategy/hypoxia--increases--factor/vegf' } }],
    ['focus', { selection: { kind: 'node', id: 'factor/vegf' }, focus: { id: 'factor/vegf', depth: 2 } }],
    [
      'filters',
      {
        filters: {
          ...DEFAULT_FILTERS,
          types: ['therapy', 'disease'],
          minLevel: 'animal',
          facets: { therapy: 'vesicles' },
          sections: ['Table 1', '2.2'],
          relations: ['improves'],
          hideIsolated: true,
        },
      },
    ],
    ['path', { path: { from: 'strategy/hypoxia', to: 'disease/mi' }, panel: 'paths' }],
    [
      'path in any direction',
      { path: { from: 'strategy/hypoxia', to: 'disease/mi' }, pathDirection: 'any', panel: 'paths' },
    ],
    ['ref', { ref: 1, panel: 'references' }],
    ['layout and view', { layout: 'layered', view: 'gaps', panel: 'list' }],
    [
      'gap map cell',
      {
        view: 'gaps',
        gapRows: 'therapy',
        gapCols: 'disease',
        gapCell: { row: 'therapy/msc', col: 'disease/mi' },
      },
    ],
  ])('round-trips %s', (_name, patch) => {
    const view = { ...DEFAULT_URL_VIEW, ...patch };
    const search = serialise(view);
    expect(parseUrlView(search, dataset)).toEqual({ view, notices: [] });
  });

  it('writes readable ids', () => {
    expect(serialise({ ...DEFAULT_URL_VIEW, selection: { kind: 'node', id: 'factor/vegf' } })).toBe(
      '?node=factor/vegf',
    );
    expect(
      serialise({
        ...DEFAULT_URL_VIEW,
        path: { from: 'strategy/hypoxia', to: 'disease/mi' },
        panel: 'paths',
      }),
    ).toBe('?path=strategy/hypoxia,disease/mi');
    expect(serialise({ ...DEFAULT_URL_VIEW, pathDirection: 'any' })).toBe('?direction=any');
    expect(parseUrlView('?direction=sideways', dataset).notices).toHaveLength(1);
  });

  it('ignores unknown or malformed parameters with a notice, never throwing', () => {
    const { view, notices } = parseUrlView(
      '?node=factor/nope&depth=9&focus=factor/vegf&types=therapy,gene&level=best&ref=999&path=a&bogus=1',
      dataset,
    );
    expect(view.selection).toEqual({ kind: 'node', id: 'factor/vegf' });
    expect(view.focus).toEqual({ id: 'factor/vegf', depth: 1 });
    expect(view.filters.types).toEqual(['therapy']);
    expect(view.filters.minLevel).toBeUndefined();
    expect(view.ref).toBeNull();
    expect(view.path).toBeNull();
    expect(notices).toHaveLength(7);
    expect(notices).toContain('Ignored ?node=factor/nope: no such entity.');
    expect(notices).toContain('Ignored unknown parameter ?bogus.');
  });

  it('tells navigation (new history entry) from tweaks', () => {
    const a = DEFAULT_URL_VIEW;
    expect(isNavigation(a, { ...a, selection: { kind: 'node', id: 'factor/vegf' } })).toBe(true);
    expect(isNavigation(a, { ...a, filters: { ...a.filters, minLevel: 'animal' } })).toBe(false);
    expect(isNavigation(a, { ...a, gapCell: { row: 'strategy/hypoxia', col: 'disease/mi' } })).toBe(true);
    expect(isNavigation(a, { ...a, story: { id: 's', step: 1 } })).toBe(true);
  });
});

describe('URL notices', () => {
  it('says when a parameter is repeated, orphaned or names no type, and shortens long values', () => {
    const long = 'x'.repeat(100_000);
    const { view, notices } = parseUrlView(
      `?node=factor/vegf&node=disease/mi&step=2&depth=2&cell=therapy/msc,disease/mi&types=gene&${long}=1&ref=${long}`,
      dataset,
    );
    expect(view.selection).toEqual({ kind: 'node', id: 'factor/vegf' });
    expect(view.gapCell).toBeNull();
    expect(view.filters.types).toEqual(DEFAULT_FILTERS.types);
    expect(notices).toContain('?node was given 2 times; used the first (factor/vegf).');
    expect(notices).toContain('Ignored ?step=2: it needs a story.');
    expect(notices).toContain('Ignored ?depth=2: it needs a focus.');
    expect(notices).toContain('Ignored ?cell=therapy/msc,disease/mi: it needs ?view=gaps.');
    expect(notices).toContain('No entity type in ?types= is one this graph has: showing every type.');
    expect(notices.every((n) => n.length < 200)).toBe(true);
    expect(notices).toContainEqual(
      expect.stringMatching(/^Ignored unknown parameter \?x+… \(100,000 characters\)\.$/),
    );
  });
});
