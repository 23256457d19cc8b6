import { edgeKey } from './ids';
import type { Problem } from './problems';
import { quoteMatcher } from './quotes';
import type { RawGraphData } from './rawData';

/** Every evidence quote that does not occur verbatim in the review's text. */
export const checkQuotes = (data: RawGraphData, sourceText: string): Problem[] => {
  const occurs = quoteMatcher(sourceText);
  const problems: Problem[] = [];
  for (const { value, origin } of data.relations) {
    value.evidence.forEach((item, index) => {
      if (occurs(item.quote)) return;
      problems.push({
        severity: 'error',
        file: origin.file,
        line: origin.lineOf(['evidence', index, 'quote']),
        id: edgeKey(value.from, value.relation, value.to),
        message: `quote not found in the source text: "${item.quote.length > 90 ? `${item.quote.slice(0, 90)}…` : item.quote}"`,
      });
    });
  }
  return problems;
};
