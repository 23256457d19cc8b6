import type { EvidenceItem } from './types';
import type { Vocabulary } from './vocabulary/vocabulary';

/**
 * Whether every item behind a relation is hedged (suggested, proposed, contradicted: any certainty
 * whose role is not `finding`). Such an edge is drawn with a hollow arrowhead. An item without a
 * certainty, or a dataset without the vocabulary, is never hedged.
 */
export const edgeHedged = (v: Vocabulary, evidence: readonly EvidenceItem[]): boolean =>
  evidence.length > 0 && evidence.every((item) => v.isHedged(item.certainty));

/** One choice of the certainty filter: the values it keeps (empty keeps all). */
export interface CertaintyOption {
  key: string;
  label: string;
  values: string[];
  description?: string;
}

/**
 * The certainty filter's choices for a schema: every statement; the findings only ("Stated findings
 * only", from the values whose role is `finding`); and each other value on its own. Empty when the
 * schema records no certainty.
 */
export const certaintyOptions = (v: Vocabulary): CertaintyOption[] => {
  if (v.certainty.length === 0) return [];
  const findings = v.certainty.filter((c) => c.role === 'finding');
  const others = v.certainty.filter((c) => c.role !== 'finding');
  const options: CertaintyOption[] = [{ key: 'all', label: 'All statements', values: [] }];
  if (findings.length > 0 && others.length > 0)
    options.push({
      key: findings.map((c) => c.id).join(','),
      label: `${findings.map((c) => c.label).join(' or ')} findings only`,
      values: findings.map((c) => c.id),
      description: `Leaves out what the source hedges: ${others.map((c) => c.label.toLowerCase()).join(', ')}.`,
    });
  for (const c of others)
    options.push({
      key: c.id,
      label: `${c.label} only`,
      values: [c.id],
      ...(c.description ? { description: c.description } : {}),
    });
  return options;
};

/** The option a filter value matches, by its values in any order (undefined for another combination). */
export const matchingOption = (
  options: readonly CertaintyOption[],
  values: readonly string[],
): CertaintyOption | undefined =>
  options.find((o) => o.values.length === values.length && o.values.every((x) => values.includes(x)));
