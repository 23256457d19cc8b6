import { edgeKey } from '../ids';
import type { Problem } from '../problems';
import type { RawGraphData } from '../rawData';
import type { KnowledgeGraph } from '../types';
import { quoteKey } from './locateQuotes';

const HOW_TO_FIX = 'run `npm run kg -- positions --source <the review’s text>`';

/**
 * Gives every evidence item its stored position (`at`) and the graph its outline, when the
 * dataset has a positions file. Every quote must have a position and every position a quote:
 * a quote edited or added since the file was written is an error, located at the quote.
 */
export const attachPositions = (graph: KnowledgeGraph, data: RawGraphData, problems: Problem[]): void => {
  const positions = data.positions;
  if (!positions) return;
  const { quotes, paragraphs } = positions.value;
  graph.setAttribute(
    'outline',
    paragraphs.map(([p, section, sentences]) => ({ p, section, sentences })),
  );
  const used = new Set<string>();
  for (const { value, origin } of data.relations)
    value.evidence.forEach((item, index) => {
      const key = quoteKey(item.section, item.quote);
      used.add(key);
      if (quotes[key]) return;
      problems.push({
        severity: 'error',
        file: origin.file,
        line: origin.lineOf(['evidence', index, 'quote']),
        id: edgeKey(value.from, value.relation, value.to),
        message: `this quote has no stored position in positions.yaml: ${HOW_TO_FIX}`,
      });
    });
  const stale = Object.keys(quotes).filter((key) => !used.has(key));
  if (stale.length > 0)
    problems.push({
      severity: 'error',
      file: positions.origin.file,
      line: positions.origin.lineOf(['quotes', stale[0]!]),
      message: `${stale.length} position(s) belong to no quote any more (first: ${stale[0]}): ${HOW_TO_FIX}`,
    });
  graph.forEachEdge((edge, a) => {
    const evidence = a.evidence.map((item) => {
      const at = quotes[quoteKey(item.section, item.quote)];
      return at ? { ...item, at: { p: at[0], s: at[1], n: at[2] } } : item;
    });
    graph.setEdgeAttribute(edge, 'evidence', evidence);
  });
};
