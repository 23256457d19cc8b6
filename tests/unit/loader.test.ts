import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { errorsOf, formatProblem, warningsOf } from '../../src/model/problems';
import { makeGraphData, VALID_FILES } from '../support/fixture';

const load = (overrides: Record<string, string | null> = {}) => loadGraph(makeGraphData(overrides));
const messages = (overrides: Record<string, string | null>) =>
  errorsOf(load(overrides).problems).map(formatProblem);

describe('loading valid graph-data', () => {
  const { graph, problems } = load();

  it('builds a typed, directed multigraph with no errors', () => {
    expect(errorsOf(problems)).toEqual([]);
    expect(graph!.type).toBe('directed');
    expect(graph!.multi).toBe(true);
    expect(graph!.getNodeAttributes('factor/vegf')).toMatchObject({
      type: 'factor',
      label: 'VEGF',
      aliases: ['vascular endothelial growth factor'],
    });
  });

  it('merges records of the same claim from different files into one edge', () => {
    const key = 'strategy/hypoxic-preconditioning--increases--factor/vegf';
    expect(graph!.edges('strategy/hypoxic-preconditioning', 'factor/vegf')).toEqual([key]);
    expect(graph!.getEdgeAttribute(key, 'evidence').map((e) => e.section)).toEqual(['2.3.1', 'Table 2']);
  });

  it('adds papers as entities with a derived label and PMID trust', () => {
    expect(graph!.getNodeAttributes('paper/1')).toMatchObject({
      type: 'paper',
      label: 'Ishiuchi 2020 [1]',
      ref: 1,
      pmid: '11111111',
      pmid_trusted: true,
    });
  });

  it('keeps the curated hierarchy as a node attribute', () => {
    expect(graph!.getNodeAttribute('therapy/bm-msc', 'broader')).toBe('therapy/msc');
  });

  it('warns (without failing) about entities with no relation', () => {
    const warnings = warningsOf(problems).map(formatProblem);
    expect(warnings).toContain(
      'graph-data/entities/therapy.yaml:11 [therapy/msc-exosome] warning: therapy agent has no relation',
    );
  });
});

describe('bad graph-data gives a precise error', () => {
  it('YAML syntax, with its line', () => {
    expect(messages({ 'entities/factor.yaml': '- id: factor/vegf\n  label: [VEGF\n' })[0]).toMatch(
      /^graph-data\/entities\/factor\.yaml:\d+ error: YAML syntax/,
    );
  });

  it('an unknown entity type (file name)', () => {
    expect(messages({ 'entities/gene.yaml': '- id: gene/x\n  label: X\n  description: y\n' })).toContain(
      'graph-data/entities/gene.yaml error: unknown entity type "gene" (file names must be one of: cell_source, therapy, strategy, factor, mechanism, target_cell, disease, method, challenge)',
    );
  });

  it('an unknown relation, naming the record and line', () => {
    const bad = VALID_FILES['relations/table.yaml']!.replace('relation: increases', 'relation: boosts');
    const [message] = messages({ 'relations/table.yaml': bad });
    expect(message).toMatch(
      /^graph-data\/relations\/table\.yaml:2 \[strategy\/hypoxic-preconditioning--boosts--factor\/vegf\] error: relation: Invalid option/,
    );
  });

  it('a relation pointing at an id that does not exist', () => {
    const bad = VALID_FILES['relations/table.yaml']!.replace('to: factor/vegf', 'to: factor/vegf-a');
    expect(messages({ 'relations/table.yaml': bad })).toContain(
      'graph-data/relations/table.yaml:3 [strategy/hypoxic-preconditioning--increases--factor/vegf-a] error: "to" names factor/vegf-a, which does not exist',
    );
  });

  it('duplicate ids, pointing at the first definition', () => {
    const twice =
      VALID_FILES['entities/factor.yaml']! + '- id: factor/vegf\n  label: VEGF-A\n  description: again\n';
    expect(messages({ 'entities/factor.yaml': twice })).toContain(
      'graph-data/entities/factor.yaml:5 [factor/vegf] error: duplicate id (first defined at graph-data/entities/factor.yaml:1)',
    );
  });

  it('a reference number that no paper has', () => {
    const bad = VALID_FILES['relations/table.yaml']!.replace('refs: [1]', 'refs: [1, 99]');
    expect(messages({ 'relations/table.yaml': bad })).toContain(
      'graph-data/relations/table.yaml:7 [strategy/hypoxic-preconditioning--increases--factor/vegf] error: reference 99 is not in papers.yaml',
    );
  });

  it('an empty quote', () => {
    const bad = VALID_FILES['relations/table.yaml']!.replace(
      'quote: "Hypoxia | In vivo (Rat) | VEGF up | [1]"',
      'quote: "  "',
    );
    expect(messages({ 'relations/table.yaml': bad })).toContain(
      'graph-data/relations/table.yaml:5 [strategy/hypoxic-preconditioning--increases--factor/vegf] error: evidence.0.quote: must not be empty',
    );
  });

  it('an evidence level outside the vocabulary, while still checking the other items', () => {
    const bad = VALID_FILES['relations/2.3.1.yaml']!.replace('level: animal', 'level: mouse').replace(
      'refs: [2]',
      'refs: [77]',
    );
    const found = messages({ 'relations/2.3.1.yaml': bad });
    expect(
      found.some((m) =>
        m.includes(
          ':9 [strategy/hypoxic-preconditioning--increases--factor/vegf] error: evidence.0.level: Invalid option',
        ),
      ),
    ).toBe(true);
    expect(found.some((m) => m.includes('reference 77 is not in papers.yaml'))).toBe(true);
  });

  it('an alias shared by two entities', () => {
    const bad = VALID_FILES['entities/disease.yaml']!.replace('aliases: [MI]', 'aliases: [MI, VEGF]');
    expect(messages({ 'entities/disease.yaml': bad })).toContain(
      'graph-data/entities/disease.yaml:3 [disease/heart-attack] error: alias "VEGF" is also a label or alias of factor/vegf',
    );
  });

  it('an id whose prefix is not the file type, a missing family, an unlisted group', () => {
    const found = messages({
      'entities/factor.yaml': '- id: disease/vegf\n  label: VEGF\n  description: x\n  group: nope\n',
      'entities/strategy.yaml': VALID_FILES['entities/strategy.yaml']!.replace(
        '  family: preconditioning\n',
        '',
      ),
    });
    expect(found).toContain(
      'graph-data/entities/factor.yaml:1 [disease/vegf] error: id must start with "factor/" in this file',
    );
    expect(found).toContain(
      'graph-data/entities/factor.yaml:4 [disease/vegf] error: group "nope" is not listed for factor in groups.yaml',
    );
    expect(found).toContain(
      'graph-data/entities/strategy.yaml:1 [strategy/hypoxic-preconditioning] error: an improvement strategy needs a strategy family',
    );
  });

  it('a relation whose ends have types it does not allow', () => {
    const bad = VALID_FILES['relations/table.yaml']!.replace('relation: increases', 'relation: source_of');
    expect(messages({ 'relations/table.yaml': bad }).join('\n')).toMatch(
      /"source_of" cannot start at a improvement strategy/,
    );
  });

  it('a broader loop', () => {
    const bad = VALID_FILES['entities/therapy.yaml']!.replace(
      '  description: Stromal cells.',
      '  broader: therapy/bm-msc\n  description: Stromal cells.',
    );
    expect(messages({ 'entities/therapy.yaml': bad }).join('\n')).toMatch(/broader entities form a loop/);
  });

  it('the same evidence twice on one edge', () => {
    const bad = VALID_FILES['relations/table.yaml']!.replace(
      'section: "Table 2"',
      'section: "2.3.1"',
    ).replace(
      '"Hypoxia | In vivo (Rat) | VEGF up | [1]"',
      '"hypoxic preconditioning increased the production of VEGF [1]."',
    );
    expect(messages({ 'relations/table.yaml': bad }).join('\n')).toMatch(
      /the same evidence \(quote and refs\) is listed twice/,
    );
  });

  it('reports every problem at once', () => {
    const found = messages({
      'entities/factor.yaml': '- id: factor/vegf\n  label: VEGF\n  description: x\n  colour: red\n',
      'relations/table.yaml': VALID_FILES['relations/table.yaml']!.replace('refs: [1]', 'refs: [5]'),
    });
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.some((m) => m.includes('Unrecognized key: "colour"'))).toBe(true);
    expect(found.some((m) => m.includes('reference 5 is not in papers.yaml'))).toBe(true);
  });
});
