import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';

/** Why a claim is fragile: only the review's own statements, one study, or cells in a dish only. */
export type DebtKind = 'review_only' | 'one_study' | 'in_vitro_only';

export interface DebtRow {
  /** A section id or an entity type id. */
  key: string;
  claims: number;
  kinds: Record<DebtKind, string[]>;
}

const PRIMARY = new Set(['clinical', 'in_vivo', 'ex_vivo', 'in_vitro']);

/** The debt of one claim (edge), from its items' level roles and references. */
export const claimDebt = (graph: KnowledgeGraph, edge: string): DebtKind[] => {
  const v = vocabOf(graph);
  const evidence = graph.getEdgeAttribute(edge, 'evidence');
  const roles = evidence.map((e) => v.level(e.level ?? '')?.role);
  const out: DebtKind[] = [];
  const primary = roles.filter((r) => r !== undefined && PRIMARY.has(r));
  if (v.levels.length > 0 && primary.length === 0) out.push('review_only');
  const refs = new Set(evidence.flatMap((e) => e.refs));
  if (v.referenceType !== undefined && refs.size === 1) out.push('one_study');
  if (primary.length > 0 && primary.every((r) => r === 'in_vitro')) out.push('in_vitro_only');
  return out;
};

/**
 * The "evidence debt": claims backed only by review statements, by one study (one reference), or by
 * in-vitro work only, counted per section (claims with evidence from it) and per entity type (claims
 * with an end of that type). A claim can owe in several ways.
 */
export const evidenceDebt = (graph: KnowledgeGraph): { bySection: DebtRow[]; byType: DebtRow[] } => {
  const v = vocabOf(graph);
  const empty = (key: string): DebtRow => ({
    key,
    claims: 0,
    kinds: { review_only: [], one_study: [], in_vitro_only: [] },
  });
  const sections = new Map(v.sections.map((s) => [s.id, empty(s.id)]));
  const types = new Map(v.drawnTypes.map((t) => [t.id, empty(t.id)]));
  graph.forEachEdge((edge, a, source, target) => {
    const debt = claimDebt(graph, edge);
    const add = (row: DebtRow | undefined) => {
      if (!row) return;
      row.claims += 1;
      debt.forEach((k) => row.kinds[k].push(edge));
    };
    new Set(a.evidence.map((e) => e.section)).forEach((s) => add(sections.get(s)));
    new Set([source, target].map((id) => graph.getNodeAttribute(id, 'type'))).forEach((t) =>
      add(types.get(t)),
    );
  });
  const kept = (rows: Iterable<DebtRow>) => [...rows].filter((r) => r.claims > 0);
  return { bySection: kept(sections.values()), byType: kept(types.values()) };
};
