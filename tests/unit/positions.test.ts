import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { readGraphData } from '../../src/io/readGraphData';
import { checkPositions } from '../../src/model/positions/checkPositions';
import { computePositions } from '../../src/model/positions/computePositions';
import { quoteKey, quoteLocator } from '../../src/model/positions/locateQuotes';
import { reviewParagraphs } from '../../src/model/positions/reviewParagraphs';
import { errorsOf, formatProblem } from '../../src/model/problems';
import { positionsYaml } from '../../src/cli/commands/positionsCommand';
import { makeGraphData } from '../support/fixture';
import { runKg } from '../support/runKg';

const SECTIONS = ['Abstract', '1', '2.1', '2.3.1', 'Table 1', 'Highlights'];
const TEXT = [
  'Front matter nobody quotes.',
  'Abstract',
  'Introduction: MSCs are cells. They heal.',
  'Keywords',
  'stem cells; exosomes',
  '1. Introduction',
  'Stem cells renew, e.g. in marrow. As Wang et al. showed, they differentiate [4]. A page break splits this',
  'sentence here. Then a new one.',
  '2.3.1. Strategies to improve MSC-based therapy—The protective effects of MSCs have been reported in many disease models. Preconditioning helps [63].',
  'References',
  '1. Yu Y. Living materials. 2021.',
  'Author Manuscript',
  'Article highlights',
  '- MSCs are cells.',
  'Table 1.',
  '| Source | Dose | Result. Good | [95] |',
  '| Marrow | 1e6 | Better | [96] |',
].join('\n');

describe('the review as paragraphs and sentences', () => {
  const paragraphs = reviewParagraphs(TEXT, SECTIONS);
  const sentences = (n: number) => {
    const p = paragraphs.find((x) => x.number === n)!;
    return p.sentenceStarts.map((s, i) => TEXT.slice(s, p.sentenceStarts[i + 1] ?? p.end).trim());
  };

  it('numbers the paragraphs of known sections, skipping front matter, keywords and the reference list', () => {
    expect(paragraphs.map((p) => p.section)).toEqual([
      'Abstract',
      '1',
      '2.3.1',
      'Highlights',
      'Table 1',
      'Table 1',
    ]);
    expect(paragraphs.map((p) => p.number)).toEqual([2, 4, 5, 7, 8, 9]);
  });

  it('splits sentences, but not after e.g. or et al., and mends a paragraph a page break cut', () => {
    expect(sentences(4)).toEqual([
      'Stem cells renew, e.g. in marrow.',
      'As Wang et al. showed, they differentiate [4].',
      'A page break splits this\nsentence here.',
      'Then a new one.',
    ]);
  });

  it('keeps a heading that runs into its first paragraph, and each table row as one statement', () => {
    expect(sentences(5)[0]).toMatch(/^2\.3\.1\. Strategies.*disease models\.$/);
    expect(sentences(8)).toEqual(['| Source | Dose | Result. Good | [95] |']);
  });

  it('finds a quote in a paragraph of its own section, with its first sentence and span', () => {
    const locate = quoteLocator(TEXT, paragraphs);
    expect(locate('Abstract', 'MSCs are cells.')).toEqual({ p: 2, s: 1, n: 1 });
    expect(locate('Highlights', 'MSCs are cells.')).toEqual({ p: 7, s: 1, n: 1 });
    expect(locate('1', 'they differentiate [4]. A page break splits this sentence here.')).toEqual({
      p: 4,
      s: 2,
      n: 2,
    });
    expect(locate('Table 1', 'Marrow | 1e6 | Better | [96]')).toEqual({ p: 9, s: 1, n: 1 });
    expect(locate('2.1', 'MSCs are cells.')).toBeUndefined();
    expect(locate('1', 'nothing like this')).toBeUndefined();
  });

  it('keys a statement by its section and quote, typography aside', () => {
    expect(quoteKey('2.2', 'MSCs — “secrete”  VEGF')).toBe(quoteKey('2.2', 'MSCs - "secrete" VEGF'));
    expect(quoteKey('2.2', 'MSCs secrete VEGF')).not.toBe(quoteKey('2.3', 'MSCs secrete VEGF'));
    expect(quoteKey('2.2', 'x')).toMatch(/^[0-9a-f]{12}$/);
  });
});

/** The fixture's quotes under section headings, as the review's text would have them. */
const SOURCE = [
  '2.2. Mechanisms',
  'Also, MSCs improved the heart [2].',
  '2.3.1. Strategies',
  'In mice, hypoxic   preconditioning increased the production of VEGF [1].',
  'Table 2.',
  '| Hypoxia | In vivo (Rat) | VEGF up | [1] |',
].join('\n');

describe('stored positions', () => {
  const withPositions = () => {
    const root = makeGraphData();
    const { data } = readGraphData(root);
    const { file, missing } = computePositions(data!, SOURCE);
    expect(missing).toEqual([]);
    return { file };
  };

  it('gives every evidence item its position and the graph its outline', () => {
    const { file } = withPositions();
    const loaded = loadGraph(makeGraphData({ 'positions.yaml': positionsYaml(file) }));
    expect(errorsOf(loaded.problems).map(formatProblem)).toEqual([]);
    const items = loaded.graph!.edges().flatMap((e) => loaded.graph!.getEdgeAttribute(e, 'evidence'));
    expect(items.every((i) => i.at && i.at.p > 0 && i.at.s > 0 && i.at.n > 0)).toBe(true);
    expect(loaded.graph!.getAttribute('outline')?.length).toBe(file.paragraphs.length);
  });

  it('reports a quote without a position at its own line, and positions no quote has', () => {
    const { file } = withPositions();
    const [first] = Object.keys(file.quotes);
    const trimmed: typeof file = { ...file, quotes: { ...file.quotes, deadbeef0000: [1, 1, 1] } };
    delete trimmed.quotes[first!];
    const errors = errorsOf(
      loadGraph(makeGraphData({ 'positions.yaml': positionsYaml(trimmed) })).problems,
    ).map(formatProblem);
    expect(errors).toContainEqual(
      expect.stringMatching(/relations\/.*\.yaml:\d+ \[.*\] error: this quote has no stored position/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /positions\.yaml:\d+ error: 1 position\(s\) belong to no quote any more \(first: deadbeef0000\)/,
      ),
    );
  });

  it('with the text, says when the stored positions are out of date', () => {
    const { file } = withPositions();
    const moved = Object.fromEntries(Object.entries(file.quotes).map(([k, [p, s, n]]) => [k, [p, s + 1, n]]));
    const root = makeGraphData({
      'positions.yaml': positionsYaml({ ...file, quotes: moved as typeof file.quotes }),
    });
    const { data } = readGraphData(root);
    expect(checkPositions(data!, SOURCE).map(formatProblem)).toContainEqual(
      expect.stringMatching(/positions\.yaml:\d+ error: positions\.yaml is out of date/),
    );
  });
});

describe('the shipped positions', () => {
  it('place every evidence item of the review', () => {
    const { graph } = loadGraph(resolve('graph-data'));
    const items = graph!.edges().flatMap((e) => graph!.getEdgeAttribute(e, 'evidence'));
    expect(items.filter((i) => !i.at)).toEqual([]);
    const outline = graph!.getAttribute('outline')!;
    const sections = new Set(outline.map((p) => p.section));
    for (const s of graph!.getAttribute('schema').sections) expect(sections, s.id).toContain(s.id);
  });

  it('are written by `kg positions`, which refuses to run without the text', () => {
    const run = runKg('positions', '--data', makeGraphData());
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      'kg: positions needs --source FILE (the plain text of the review) (see --help)',
    );
  });
});
