import type { RawGraphData } from '../rawData';
import { quoteKey, quoteLocator } from './locateQuotes';
import type { PositionsFile } from './positionsFile';
import { reviewParagraphs } from './reviewParagraphs';

/** The positions file for the data's quotes, computed from the source text; `missing` lists quotes not found. */
export const computePositions = (
  data: RawGraphData,
  sourceText: string,
): { file: PositionsFile; missing: { section: string; quote: string }[] } => {
  const paragraphs = reviewParagraphs(
    sourceText,
    data.schema.sections.map((s) => s.id),
  );
  const locate = quoteLocator(sourceText, paragraphs);
  const quotes: PositionsFile['quotes'] = {};
  const missing: { section: string; quote: string }[] = [];
  for (const { value } of data.relations)
    for (const item of value.evidence) {
      const key = quoteKey(item.section, item.quote);
      if (quotes[key]) continue;
      const at = locate(item.section, item.quote);
      if (at) quotes[key] = [at.p, at.s, at.n];
      else missing.push({ section: item.section, quote: item.quote });
    }
  const sorted = Object.fromEntries(
    Object.entries(quotes).sort(([, a], [, b]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]),
  );
  return {
    file: {
      paragraphs: paragraphs.map((p) => [p.number, p.section, p.sentenceStarts.length]),
      quotes: sorted,
    },
    missing,
  };
};
