import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { spokenClaim } from '../../src/model/spokenClaim';
import { listKeyTarget, rowsPerPage } from '../../src/view/list/listKeys';
import {
  EMPTY_TYPE_AHEAD,
  typeAheadKey,
  typeAheadMatch,
  type TypeAhead,
} from '../../src/view/list/typeAhead';

/** Types `keys` at the given times (ms), returning the word after each key. */
const typeAt = (keys: [string, number][]): (TypeAhead | null)[] => {
  let state = EMPTY_TYPE_AHEAD;
  return keys.map(([key, at]) => {
    const next = typeAheadKey(state, key, at);
    if (next) state = next;
    return next;
  });
};

describe('type-ahead keys', () => {
  it('joins letters typed within 500 ms into one word, and starts afresh after a pause', () => {
    const words = typeAt([
      ['H', 0],
      ['y', 200],
      ['p', 650],
      ['t', 1200],
    ]).map((s) => s?.buffer);
    expect(words).toEqual(['h', 'hy', 'hyp', 't']);
  });
  it('ignores non-printing keys, and a space unless a word is under way', () => {
    expect(typeAheadKey(EMPTY_TYPE_AHEAD, 'ArrowDown', 0)).toBeNull();
    expect(typeAheadKey(EMPTY_TYPE_AHEAD, 'Enter', 0)).toBeNull();
    expect(typeAheadKey(EMPTY_TYPE_AHEAD, ' ', 0)).toBeNull();
    expect(typeAheadKey({ buffer: 'tgf', at: 0 }, ' ', 100)?.buffer).toBe('tgf ');
    expect(typeAheadKey({ buffer: 'tgf', at: 0 }, ' ', 900)).toBeNull();
  });
  it('folds case and accents', () => {
    expect(typeAheadKey(EMPTY_TYPE_AHEAD, 'É', 0)?.buffer).toBe('e');
  });
});

describe('type-ahead matching', () => {
  const labels = ['Adipose MSCs', 'Bone marrow MSCs', 'Bone', 'bFGF', 'Exosomes', 'Épithélium', 'Exercise'];
  it('moves to the next label starting with a letter, after the current one and wrapping round', () => {
    expect(typeAheadMatch(labels, 0, 'b')).toBe(1);
    expect(typeAheadMatch(labels, 1, 'b')).toBe(2);
    expect(typeAheadMatch(labels, 3, 'b')).toBe(1);
    expect(typeAheadMatch(labels, -1, 'a')).toBe(0);
  });
  it('cycles through the labels of one letter typed again and again', () => {
    expect(typeAheadMatch(labels, 1, 'bb')).toBe(2);
    expect(typeAheadMatch(labels, 2, 'bbb')).toBe(3);
    expect(typeAheadMatch(labels, 4, 'ee')).toBe(5);
  });
  it('refines a longer word from the current item rather than skipping it', () => {
    expect(typeAheadMatch(labels, 1, 'bo')).toBe(1);
    expect(typeAheadMatch(labels, 1, 'bf')).toBe(3);
    expect(typeAheadMatch(labels, 0, 'exe')).toBe(6);
    expect(typeAheadMatch(labels, 0, 'epi')).toBe(5);
  });
  it('stays put (null) when nothing matches or the list is empty', () => {
    expect(typeAheadMatch(labels, 2, 'z')).toBeNull();
    expect(typeAheadMatch(labels, 2, 'bx')).toBeNull();
    expect(typeAheadMatch([], 0, 'a')).toBeNull();
  });
  it('stays fast on a long list', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `entity ${i}`).concat(['zebra']);
    const start = performance.now();
    for (let k = 0; k < 20; k += 1) expect(typeAheadMatch(many, 0, 'z')).toBe(50_000);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('list navigation keys', () => {
  it('moves by one, to the ends, and by a page, stopping at the ends', () => {
    expect(listKeyTarget('ArrowDown', 3, 10, 4)).toBe(4);
    expect(listKeyTarget('ArrowDown', 9, 10, 4)).toBe(9);
    expect(listKeyTarget('ArrowUp', 0, 10, 4)).toBe(0);
    expect(listKeyTarget('Home', 7, 10, 4)).toBe(0);
    expect(listKeyTarget('End', 2, 10, 4)).toBe(9);
    expect(listKeyTarget('PageDown', 2, 10, 4)).toBe(6);
    expect(listKeyTarget('PageDown', 8, 10, 4)).toBe(9);
    expect(listKeyTarget('PageUp', 5, 10, 4)).toBe(1);
    expect(listKeyTarget('PageUp', 2, 10, 4)).toBe(0);
  });
  it('leaves other keys and empty lists alone', () => {
    expect(listKeyTarget('Enter', 3, 10, 4)).toBeNull();
    expect(listKeyTarget('a', 3, 10, 4)).toBeNull();
    expect(listKeyTarget('ArrowDown', 0, 0, 4)).toBeNull();
  });
  it('sizes a page by the rows that fit, keeping one for context', () => {
    expect(rowsPerPage(600, 30)).toBe(19);
    expect(rowsPerPage(20, 30)).toBe(1);
    expect(rowsPerPage(0, 30)).toBe(10);
  });
});

describe('relations as sentences', () => {
  const g = loadGraph(resolve('graph-data')).graph!;
  it('names both ends with the verb, without arrows', () => {
    expect(spokenClaim(g, 'strategy/hypoxic-preconditioning--increases--factor/vegf')).toBe(
      'Hypoxic preconditioning increases VEGF',
    );
  });
  it('is unique for every relation of the review', () => {
    const names = g.mapEdges((e) => spokenClaim(g, e));
    expect(new Set(names).size).toBe(names.length);
  });
});
