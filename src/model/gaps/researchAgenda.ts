import { formatCitation } from '../citation';
import type { KnowledgeGraph } from '../types';
import { referenceId, vocabOf } from '../vocabOf';
import { groupCandidates, type CandidateGroup } from './candidateGroups';
import { candidateAt, type CandidateContext, type GapReason } from './gapCandidates';
import type { GapCell, GapMatrix } from './gapMatrix';
import { cellTyping, GAP_TYPE_LABELS, type GapType } from './gapType';
import { explainReason } from './scoreExplanation';

export interface Agenda {
  /** Cells with evidence that still leave a gap (review only, translation, thin), worst first. */
  typed: { cell: GapCell; type: GapType; notes: string[] }[];
  candidates: CandidateGroup[];
}

const SEVERITY: GapType[] = ['review_only', 'translation', 'thin'];

/** The research agenda of a matrix: its typed gaps and its candidate gaps (grouped), best first. */
export const researchAgenda = (
  graph: KnowledgeGraph,
  m: GapMatrix,
  ctx: CandidateContext,
  limit = 60,
): Agenda => {
  const v = vocabOf(graph);
  const typed = [...m.cells.values()]
    .map((cell) => ({ cell, ...cellTyping(cell, v) }))
    .filter((t) => SEVERITY.includes(t.type))
    .sort((a, b) => SEVERITY.indexOf(a.type) - SEVERITY.indexOf(b.type) || b.cell.count - a.cell.count)
    .map(({ cell, type, notes }) => ({ cell, type, notes }));
  const found = ctx.activeRows.flatMap((r) =>
    ctx.activeCols.map((c) => candidateAt(ctx, r, c)).filter((x) => !!x),
  );
  return { typed, candidates: groupCandidates(graph, found).slice(0, limit) };
};

const stepsOf = (r: GapReason) => (r.kind === 'path' ? r.steps : [r.step]);
const refsOf = (r: GapReason) =>
  [...new Set(stepsOf(r).flatMap((s) => s.items.flatMap((i) => i.item.refs)))].sort((a, b) => a - b);

/** The agenda as Markdown to paste into a grant or a lecture: every step with its level and citations. */
export const agendaMarkdown = (graph: KnowledgeGraph, agenda: Agenda, title: string): string => {
  const v = vocabOf(graph);
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const level = (id: string | undefined) => (id ? (v.level(id)?.label ?? id) : 'no level');
  const cited = new Set<number>();
  const cite = (refs: number[]) => {
    refs.forEach((r) => cited.add(r));
    return refs.length ? ` [${refs.join(', ')}]` : '';
  };
  const out = [
    `# Research agenda: ${title.replace(/^Gap map: /, '')}`,
    '',
    `From ${v.schema.source?.citation ?? v.schema.title}. Candidate gaps are hypotheses generated from the graph of the review, not findings: check every step.`,
    '',
  ];
  for (const type of SEVERITY) {
    const list = agenda.typed.filter((t) => t.type === type);
    if (list.length === 0) continue;
    out.push(`## ${GAP_TYPE_LABELS[type].label}s: ${GAP_TYPE_LABELS[type].description}`, '');
    for (const t of list)
      out.push(
        `- **${label(t.cell.row)} × ${label(t.cell.col)}**: ${t.cell.count} statement${t.cell.count === 1 ? '' : 's'} from ${t.cell.refs.length} reference${t.cell.refs.length === 1 ? '' : 's'}, strongest ${level(t.cell.level).toLowerCase()}${t.notes.length ? ` (${t.notes.join('; ')})` : ''}${cite(t.cell.refs)}`,
      );
    out.push('');
  }
  out.push('## Candidate gaps (hypotheses)', '');
  agenda.candidates.forEach((g, i) => {
    const c = g.lead;
    out.push(
      `${i + 1}. **${label(c.row)} × ${label(c.col)}** (score ${c.score.toFixed(2)})${g.narrower.length ? `; also for ${g.narrower.map((n) => `${label(n.row)} × ${label(n.col)}`).join(', ')}` : ''}`,
    );
    for (const r of c.reasons) {
      const steps = stepsOf(r)
        .map(
          (s) =>
            `${label(s.from)} ⟷ ${label(s.to)} (${level(s.level).toLowerCase()}, ${s.items.length} statement${s.items.length === 1 ? '' : 's'}${cite([...new Set(s.items.flatMap((x) => x.item.refs))].sort((a, b) => a - b))})`,
        )
        .join(' → ');
      const what =
        r.kind === 'path'
          ? 'Chain of statements'
          : r.kind === 'related-column'
            ? `Related column ${label(r.via)}`
            : `Related row ${label(r.via)} (${r.relation})`;
      out.push(`   - ${what}: ${steps}. Score: ${explainReason(v, r, label)}.`);
    }
  });
  out.push('', '## References', '');
  const refType = v.referenceType;
  for (const n of [...cited].sort((a, b) => a - b)) {
    const id = referenceId(graph, n);
    out.push(
      `${n}. ${refType && graph.hasNode(id) ? formatCitation(graph.getNodeAttributes(id)) : `Reference ${n}`}`,
    );
  }
  return `${out.join('\n')}\n`;
};

const csvField = (value: string | number): string => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The agenda as CSV: one line per typed gap and per candidate gap, reasons and references in columns. */
export const agendaCsv = (graph: KnowledgeGraph, agenda: Agenda): string => {
  const v = vocabOf(graph);
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const header = [
    'kind',
    'gap_type',
    'row',
    'row_label',
    'col',
    'col_label',
    'score',
    'statements',
    'refs',
    'reasons',
    'also_for',
  ];
  const lines = [
    ...agenda.typed.map((t) => [
      'typed gap',
      t.type,
      t.cell.row,
      label(t.cell.row),
      t.cell.col,
      label(t.cell.col),
      '',
      t.cell.count,
      t.cell.refs.join(';'),
      t.notes.join('; '),
      '',
    ]),
    ...agenda.candidates.map((g) => {
      const c = g.lead;
      return [
        'candidate gap',
        'absolute',
        c.row,
        label(c.row),
        c.col,
        label(c.col),
        c.score.toFixed(2),
        0,
        [...new Set(c.reasons.flatMap(refsOf))].sort((a, b) => a - b).join(';'),
        c.reasons
          .map(
            (r) =>
              `${stepsOf(r)
                .map(
                  (s) =>
                    `${label(s.from)} ⟷ ${label(s.to)} [${[...new Set(s.items.flatMap((x) => x.item.refs))].join(',')}]`,
                )
                .join(' → ')} (${explainReason(v, r, label)})`,
          )
          .join(' | '),
        g.narrower.map((n) => `${n.row} × ${n.col}`).join('; '),
      ];
    }),
  ];
  return `${[header, ...lines].map((l) => l.map(csvField).join(',')).join('\n')}\n`;
};
