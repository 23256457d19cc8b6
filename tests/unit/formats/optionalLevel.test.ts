import { describe, expect, it } from 'vitest';
import { checkBuiltBundle } from '../../../src/formats/checkBuiltBundle';
import { exportDataset, type WriteFormat } from '../../../src/formats/exportDataset';
import { readDataset } from '../../../src/formats/readDataset';
import { evidenceShape, evidenceVocabularyIssue } from '../../../src/formats/schema/graphShape';
import { hostileDataset, TINY_SCHEMA } from '../../support/formatGraphs';

/**
 * A dataset whose schema has no levels writes and reads evidence without one (the model's level is
 * optional); a schema that declares levels still requires one on every item.
 */
const withoutLevels = () => {
  const { graph, positions } = hostileDataset();
  const schema = { ...TINY_SCHEMA, levels: [] };
  graph.forEachEdge((key, attributes) =>
    graph.replaceEdgeAttributes(key, {
      ...attributes,
      evidence: attributes.evidence.map(({ level: _level, ...item }) => item),
    }),
  );
  return { graph, schema, positions };
};

const write = (format: WriteFormat) => exportDataset(format, withoutLevels()).map((f) => f.text);

describe('evidence without a level', () => {
  it('is allowed by the shape, and by the schema only when it declares no levels', () => {
    const item = { quote: 'q', section: '', refs: [1] };
    expect(evidenceShape.safeParse(item).success).toBe(true);
    expect(evidenceVocabularyIssue(item, { ...TINY_SCHEMA, levels: [] })).toBeUndefined();
    expect(evidenceVocabularyIssue(item, TINY_SCHEMA)).toBe(
      'level: required, the schema declares levels (strong, weak)',
    );
    expect(evidenceVocabularyIssue({ ...item, level: 'strong' }, TINY_SCHEMA)).toBeUndefined();
  });

  it('BEL leaves out the EvidenceLevel annotation instead of writing "undefined"', () => {
    const [bel] = write('bel');
    expect(bel).toContain('SET Support = ');
    expect(bel).not.toContain('SET EvidenceLevel');
    expect(bel).toContain('DEFINE ANNOTATION EvidenceLevel AS PATTERN');
    expect(bel).not.toContain('undefined');
  });

  it.each(['csv', 'graphml', 'gexf', 'cyjs', 'jgf', 'json'] as const)(
    '%s writes no "undefined" and reads back every item, without a level',
    (format) => {
      const texts = write(format);
      for (const text of texts) expect(text).not.toMatch(/\bundefined\b/);
      const names =
        format === 'csv' ? ['g.nodes.csv', 'g.edges.csv'] : [`g.${format === 'jgf' ? 'json' : format}`];
      const result = readDataset(names.map((name, i) => ({ name, text: texts[i]! })));
      if (!result.ok) throw new Error(result.error);
      const items = result.dataset.graph.edges.flatMap((e) => e.attributes?.evidence ?? []);
      expect(items).toHaveLength(11);
      expect(items.every((e) => e.level === undefined)).toBe(true);
      expect(result.dataset.report.dropped).toEqual([]);
    },
  );

  it('the built-bundle check takes it when the schema declares no levels, and names the item otherwise', () => {
    // A built graph has evidence on every relation: the hostile dataset's bare self-loop goes.
    type Bundle = { graph: { attributes: { schema: unknown }; edges: { attributes: { evidence: [] } }[] } };
    const built = () => {
      const bundle = JSON.parse(write('json')[0]!) as Bundle;
      bundle.graph.edges = bundle.graph.edges.filter((e) => e.attributes.evidence.length > 0);
      return bundle;
    };
    expect(checkBuiltBundle(built(), 'g.json').graph.size).toBe(3);
    const withLevels = built();
    withLevels.graph.attributes.schema = TINY_SCHEMA;
    expect(() => checkBuiltBundle(withLevels, 'g.json')).toThrow(
      /^g\.json: relation [^,]+, evidence 1: level: required, the schema declares levels \(strong, weak\)$/,
    );
  });
});
