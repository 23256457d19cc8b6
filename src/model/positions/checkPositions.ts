import { edgeKey } from '../ids';
import type { Problem } from '../problems';
import type { RawGraphData } from '../rawData';
import { computePositions } from './computePositions';
import { quoteKey } from './locateQuotes';

/**
 * With the source text: the stored positions must be the ones the text gives now (a quote found
 * in another place, or a text that changed, means positions.yaml is out of date), and every quote
 * must be found inside a paragraph of its own section.
 */
export const checkPositions = (data: RawGraphData, sourceText: string): Problem[] => {
  const stored = data.positions;
  if (!stored) return [];
  const { file, missing } = computePositions(data, sourceText);
  const problems: Problem[] = [];
  const lost = new Set(missing.map((m) => quoteKey(m.section, m.quote)));
  for (const { value, origin } of data.relations)
    value.evidence.forEach((item, index) => {
      if (!lost.has(quoteKey(item.section, item.quote))) return;
      problems.push({
        severity: 'error',
        file: origin.file,
        line: origin.lineOf(['evidence', index, 'quote']),
        id: edgeKey(value.from, value.relation, value.to),
        message: `quote not found in a paragraph of section ${item.section}: check its section`,
      });
    });
  const changed = Object.entries(file.quotes).filter(
    ([key, at]) => stored.value.quotes[key] && stored.value.quotes[key]!.join() !== at.join(),
  );
  const outline = JSON.stringify(file.paragraphs) !== JSON.stringify(stored.value.paragraphs);
  if (changed.length > 0 || outline)
    problems.push({
      severity: 'error',
      file: stored.origin.file,
      line: changed[0] ? stored.origin.lineOf(['quotes', changed[0][0]]) : stored.origin.line,
      message: `positions.yaml is out of date (${changed.length} quote position(s)${outline ? ' and the paragraph list' : ''} differ from the text): run \`npm run kg -- positions --source <the review’s text>\``,
    });
  return problems;
};
