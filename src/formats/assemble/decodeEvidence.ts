import { parseJsonText } from '../text/jsonText';
import { evidenceShape, firstIssue } from '../schema/graphShape';
import { shorten } from '../readError';
import type { DatasetEvidence } from '../types';
import type { ReportBuilder } from './reportBuilder';

/**
 * An edge's evidence as our writers wrote it (a list, or its JSON text in `evidence_json`). Each
 * item is checked with the same shape the lossless formats use; an item that fails is dropped and
 * reported with its index, the rest are kept.
 */
export const decodeEvidence = (
  value: unknown,
  edge: string,
  where: string,
  report: ReportBuilder,
): DatasetEvidence[] => {
  let list = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return [];
    try {
      list = parseJsonText(value, 'evidence_json');
    } catch (error) {
      report.drop(
        `evidence of edge "${shorten(edge)}"`,
        `evidence_json is ${(error as Error).message.replace(/^evidence_json(:\d+)?: /, '')}`,
        where,
      );
      return [];
    }
  }
  if (!Array.isArray(list)) {
    report.drop(`evidence of edge "${shorten(edge)}"`, 'is not a list of evidence items', where);
    return [];
  }
  const items: DatasetEvidence[] = [];
  list.forEach((item: unknown, i) => {
    const parsed = evidenceShape.safeParse(item);
    if (parsed.success) items.push(parsed.data as DatasetEvidence);
    else report.drop(`evidence item ${i + 1} of edge "${shorten(edge)}"`, firstIssue(parsed.error), where);
  });
  return items;
};
