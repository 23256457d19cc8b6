import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraphBundle } from '../../src/build/graphBundle';
import { checkBuiltBundle } from '../../src/formats/checkBuiltBundle';

interface Bundle {
  graph: {
    attributes: { schema: { levels: unknown[] } };
    nodes: { key: string; attributes: Record<string, unknown> }[];
    edges: { key: string; attributes: { relation: string; evidence: Record<string, unknown>[] } }[];
  };
}

const shipped = buildGraphBundle(resolve('graph-data')).json;
const bundle = (): Bundle => JSON.parse(shipped) as Bundle;

describe('the graph the build emits, checked by the app before it draws', () => {
  it('accepts the review as built', () => {
    const { graph, stories } = checkBuiltBundle(bundle(), 'review-graph.json');
    expect(graph.order).toBeGreaterThan(500);
    expect(stories.length).toBeGreaterThan(0);
  });

  it('accepts a dataset whose schema has no levels and no references', () => {
    const other = JSON.parse(buildGraphBundle(resolve('tests/fixtures/other-dataset')).json) as unknown;
    expect(checkBuiltBundle(other, 'other.json').graph.order).toBeGreaterThan(3);
  });

  it.each([
    [
      'an evidence level the schema does not declare',
      (b: Bundle) => (b.graph.edges[0]!.attributes.evidence[0]!.level = 'anecdote'),
      /relation .+, evidence 1: level "anecdote" is not in the schema/,
    ],
    [
      'a relation the schema does not declare',
      (b: Bundle) => (b.graph.edges[3]!.attributes.relation = 'cures'),
      /relation .+: relation "cures" is not in the schema/,
    ],
    [
      'an entity type the schema does not declare',
      (b: Bundle) => (b.graph.nodes[2]!.attributes.type = 'planet'),
      /entity .+: type "planet" is not in the schema/,
    ],
    [
      'a schema that is not one',
      (b: Bundle) => (b.graph.attributes.schema.levels = [{ id: 1 }]),
      /review-graph\.json: schema: levels/,
    ],
    [
      'an entity without its label',
      (b: Bundle) => delete b.graph.nodes[5]!.attributes.label,
      /review-graph\.json: .*label/,
    ],
  ])('refuses %s, naming the record', (_what, damage, message) => {
    const b = bundle();
    damage(b);
    expect(() => checkBuiltBundle(b, 'review-graph.json')).toThrow(message);
  });
});
