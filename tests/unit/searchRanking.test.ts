import MiniSearch from 'minisearch';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { buildSearch } from '../../src/model/searchIndex';
import { matchName, normaliseTerm, Tier, toWords } from '../../src/model/searchRanking';

const graph = loadGraph(resolve('graph-data')).graph!;
const search = buildSearch(graph, MiniSearch);

// What a reader types, and the entity they expect at the top: exact names and aliases first, then
// kinds of the thing asked for, then names that start with it, then fuzzy. Case, Greek letters,
// hyphens, subscripts, apostrophes and plurals make no difference.
// prettier-ignore
const TOP_HIT: [query: string, expected: string][] = [
  ['exosome', 'therapy/msc-exosome'],
  ['exosomes', 'therapy/msc-exosome'],
  ['Exosome', 'therapy/msc-exosome'],
  ['exo', 'therapy/msc-exosome'],
  ['MSC', 'therapy/msc'],
  ['MSCs', 'therapy/msc'],
  ['msc', 'therapy/msc'],
  ['mesenchymal stem cells', 'therapy/msc'],
  ['stem cells', 'therapy/stem-cell'],
  ['EVs', 'therapy/msc-ev'],
  ['extracellular vesicles', 'therapy/msc-ev'],
  ['BM-MSC', 'therapy/bm-msc'],
  ['bmmsc', 'therapy/bm-msc'],
  ['Bone-Marrow MSCs', 'therapy/bm-msc'],
  ['bone marrow', 'cell_source/bone-marrow'],
  ['VEGF', 'factor/vegf'],
  ['vegf', 'factor/vegf'],
  ['TGF-beta1', 'factor/tgf-b1'],
  ['TGF-β1', 'factor/tgf-b1'],
  ['tgfb1', 'factor/tgf-b1'],
  ['IFN-gamma', 'factor/ifn-g'],
  ['IFN-γ', 'factor/ifn-g'],
  ['TNF-alpha', 'factor/tnf-a'],
  ['tnfα', 'factor/tnf-a'],
  ['IL-6', 'factor/il-6'],
  ['IL6', 'factor/il-6'],
  ['il 6', 'factor/il-6'],
  ['miR-21', 'factor/mir-21'],
  ['hypoxic preconditioning', 'strategy/hypoxic-preconditioning'],
  ['Hypoxic', 'strategy/hypoxic-preconditioning'],
  ['hypoxia', 'strategy/hypoxic-preconditioning'],
  ['hypox', 'strategy/hypoxic-preconditioning'],
  ['preconditioning', 'strategy/preconditioning'],
  ['H2O2', 'strategy/h2o2-preconditioning'],
  ['macrophage', 'target_cell/macrophage'],
  ['macrophages', 'target_cell/macrophage'],
  ['M2', 'mechanism/macrophage-polarisation'],
  ['T cells', 'target_cell/t-cell'],
  ['CAR T', 'target_cell/car-t-cell'],
  ['endothelial', 'target_cell/endothelial-cell'],
  ['angiogenesis', 'mechanism/angiogenesis'],
  ['angiogensis', 'mechanism/angiogenesis'],
  ['COVID', 'disease/covid-19'],
  ['severe covid', 'disease/severe-covid-19'],
  ['MI', 'disease/myocardial-infarction'],
  ['heart attack', 'disease/myocardial-infarction'],
  ['spinal cord', 'disease/spinal-cord-injury'],
  ['stroke', 'disease/ischemic-stroke'],
  ['ischaemic stroke', 'disease/ischemic-stroke'],
  ['Alzheimer', 'disease/alzheimers-disease'],
  ["Wharton's jelly", 'cell_source/whartons-jelly'],
  ['whartons jelly', 'cell_source/whartons-jelly'],
  ['dental pulp', 'cell_source/dental-pulp'],
  ['ExoFlo', 'therapy/exoflo'],
  ['CD63', 'factor/cd63'],
  ['ultracentrifugation', 'method/ultracentrifugation'],
  ['Ishiuchi', 'paper/72'],
];

describe('search ranks as a reader expects', () => {
  it(`puts the expected entity first for each of ${TOP_HIT.length} queries`, () => {
    const wrong = TOP_HIT.map(([query, expected]) => ({ query, expected, got: search(query)[0]?.id })).filter(
      (r) => r.got !== r.expected,
    );
    expect(wrong).toEqual([]);
    expect(TOP_HIT.length).toBeGreaterThanOrEqual(30);
  });

  it('lists the other exosome preparations right after MSC-derived exosomes, before processes that merely mention them', () => {
    const ids = search('exosome', { limit: 12 }).map((h) => h.id);
    expect(ids.slice(0, 4)).toEqual(
      expect.arrayContaining(['therapy/ad-msc-exosome', 'therapy/bm-msc-exosome']),
    );
    expect(ids.indexOf('mechanism/exosome-secretion')).toBeGreaterThan(ids.indexOf('therapy/bm-msc-exosome'));
  });

  it('keeps only the types asked for (the path ends search drawn types)', () => {
    expect(search('Ishiuchi', { types: ['therapy', 'factor'] }).some((h) => h.type === 'paper')).toBe(false);
    expect(search('72')[0]?.id).toBe('paper/72');
  });

  it('finds nothing for nonsense and nothing for an empty query', () => {
    expect(search('zzqxw')).toEqual([]);
    expect(search('   ')).toEqual([]);
  });
});

describe('name matching', () => {
  it('folds case, Greek letters, accents, subscripts, hyphens, apostrophes and plurals', () => {
    expect(normaliseTerm('TGF-β1')).toBe('tgf-beta1');
    expect(toWords('H₂O₂ preconditioning').words).toEqual(['h2o2', 'preconditioning']);
    expect(toWords("Wharton's jelly-derived MSCs").words).toEqual(['wharton', 'jelly', 'derived', 'msc']);
    expect(toWords('Crème').phrase).toBe('creme');
    expect(toWords('mass cells').words).toEqual(['mass', 'cell']);
  });

  it.each<[string, string, number]>([
    ['exosome', 'MSC exosomes', Tier.kindOf],
    ['exosome', 'Exosome secretion', Tier.startsWithWords],
    ['hypox', 'Hypoxic preconditioning', Tier.startsWith],
    ['precond hypoxic', 'Hypoxic preconditioning', Tier.everyWord],
    ['gfbeta', 'TGF-β1', Tier.inside],
    ['IL6', 'IL-6', Tier.exact],
    ['vegf', 'HGF', Tier.none],
  ])('%s against "%s" is tier %i', (query, name, tier) => {
    expect(matchName(toWords(query), toWords(name)).tier).toBe(tier);
  });
});
