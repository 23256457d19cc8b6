import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { errorsOf, formatProblem } from '../../src/model/problems';
import { makeGraphData, VALID_FILES } from '../support/fixture';

const errors = (root: string): string[] => errorsOf(loadGraph(root).problems).map(formatProblem);
const load = (overrides: Record<string, string | null>) => errors(makeGraphData(overrides));

/** Nine levels of nine aliases each: 9^9 strings once expanded ("billion laughs"). */
const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'
    .split('')
    .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  '',
].join('\n');

describe('graph-data that could hang, crash or mislead the loader gives one clear problem', () => {
  it('an alias bomb: one error naming the file', () => {
    expect(load({ 'groups.yaml': ALIAS_BOMB })).toEqual([
      expect.stringMatching(/^graph-data\/groups\.yaml error: YAML aliases expand too far/),
    ]);
  });

  it('the shipped kind of alias (a shared list) still reads', () => {
    const shared = VALID_FILES['relations/2.3.1.yaml']!.replace(
      'involves: [therapy/msc]',
      'involves: &both [therapy/msc, therapy/bm-msc]',
    ).replace('involves: [therapy/bm-msc]', 'involves: *both');
    expect(load({ 'relations/2.3.1.yaml': shared })).toEqual([]);
  });

  it('one YAML syntax error: reported once, with its line, and no follow-on errors', () => {
    const papers = VALID_FILES['papers.yaml']!.replace('  title: Hypoxia', '  title: "Hypoxia');
    expect(load({ 'papers.yaml': papers })).toEqual([
      'graph-data/papers.yaml:3 error: YAML syntax: Missing closing "quote (column 61)',
    ]);
    const factor = VALID_FILES['entities/factor.yaml']!.replace('  label: VEGF', ' label: VEGF');
    const found = load({ 'entities/factor.yaml': factor });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^graph-data\/entities\/factor\.yaml:2 error: YAML syntax: .*follow from it\)$/);
  });

  it('an unknown key: at its own line, and the record still counts (no follow-on errors)', () => {
    expect(
      load({ 'groups.yaml': `${VALID_FILES['groups.yaml']}dissease:\n  - { id: x, label: X }\n` }),
    ).toEqual(['graph-data/groups.yaml:6 error: Unrecognized key: "dissease"']);
    expect(
      load({ 'entities/factor.yaml': `${VALID_FILES['entities/factor.yaml']}  lable: VEGF-A\n` }),
    ).toEqual(['graph-data/entities/factor.yaml:5 [factor/vegf] error: Unrecognized key: "lable"']);
    const evidence = VALID_FILES['relations/table.yaml']!.replace(
      '      species: rat',
      '      species: rat\n      specie: rat',
    );
    expect(load({ 'relations/table.yaml': evidence })).toEqual([
      'graph-data/relations/table.yaml:11 [strategy/hypoxic-preconditioning--increases--factor/vegf] error: evidence.0: Unrecognized key: "specie"',
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a "%s" key is rejected at its line', (key) => {
    expect(
      load({ 'groups.yaml': `${VALID_FILES['groups.yaml']}${key}:\n  - { id: x, label: X }\n` }),
    ).toEqual([
      `graph-data/groups.yaml:6 error: "${key}" is not allowed as a key (it would reach JavaScript's object prototype)`,
    ]);
  });

  it('bytes that are not UTF-8, and control characters, with their line', () => {
    const root = makeGraphData();
    const bytes = Buffer.concat([
      Buffer.from('- id: factor/vegf\n  label: VEGF\n  description: A gr'),
      Buffer.from([0xe9]),
      Buffer.from('at factor.\n'),
    ]);
    writeFileSync(join(root, 'entities/factor.yaml'), bytes);
    expect(errors(root)).toEqual([
      'graph-data/entities/factor.yaml:3 error: is not valid UTF-8: byte 0xE9 at column 20 (save it as UTF-8)',
    ]);
    expect(
      load({ 'entities/factor.yaml': '- id: factor/vegf\n  label: VE\u0007GF\n  description: x\n' }),
    ).toEqual([
      'graph-data/entities/factor.yaml:2 error: control character U+0007 at column 12 (only tabs and line breaks are allowed)',
    ]);
  });

  it('texts longer than their limit, at their line; a huge file before it is parsed', () => {
    const long = VALID_FILES['entities/factor.yaml']!.replace('label: VEGF', `label: ${'V'.repeat(121)}`);
    expect(load({ 'entities/factor.yaml': long })).toEqual([
      'graph-data/entities/factor.yaml:2 [factor/vegf] error: label is 121 characters long; at most 120 (labels and titles are drawn on the canvas and in every list)',
    ]);
    const quote = VALID_FILES['relations/table.yaml']!.replace(
      'Hypoxia | In vivo',
      `${'q'.repeat(5_000)} | In vivo`,
    );
    expect(load({ 'relations/table.yaml': quote })[0]).toMatch(
      /^graph-data\/relations\/table\.yaml:5 \[.*\] error: evidence\.0\.quote is 5,032 characters long; at most 5,000 \(a quote\)$/,
    );
    const huge = VALID_FILES['entities/factor.yaml']!.replace(
      'label: VEGF',
      `label: ${'V'.repeat(5 * 2 ** 20)}`,
    );
    expect(load({ 'entities/factor.yaml': huge })).toEqual([
      'graph-data/entities/factor.yaml error: is 5.0 MB; a graph-data file may be at most 2 MB',
    ]);
  });

  it('a folder where a file should be, a file where a folder should be, an unreadable file: one problem each', () => {
    const root = makeGraphData({ 'papers.yaml': null, 'relations/table.yaml': null });
    mkdirSync(join(root, 'papers.yaml'));
    mkdirSync(join(root, 'relations/table.yaml'));
    // A link to itself: unreadable even for root (a permission bit would not stop root).
    symlinkSync('loop.yaml', join(root, 'relations/loop.yaml'));
    rmSync(join(root, 'entities'), { recursive: true });
    writeFileSync(join(root, 'entities'), 'not a folder\n');
    expect(errors(root)).toEqual([
      'graph-data/papers.yaml error: is a folder, not a YAML file',
      'graph-data/entities error: is a file, but should be a folder of YAML files',
      'graph-data/relations/loop.yaml error: cannot be read: too many symbolic links (a link loop?)',
      'graph-data/relations/table.yaml error: is a folder, not a YAML file',
    ]);
  });

  it('a graph-data folder that is missing or is a file: one problem', () => {
    const root = makeGraphData();
    expect(errors(join(root, 'nope'))).toEqual(['nope error: folder not found']);
    expect(errors(join(root, 'schema.yaml'))).toEqual([
      'schema.yaml error: is a file, not the graph-data folder',
    ]);
  });
});
