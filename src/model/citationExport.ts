import { bibText, bibVerbatim } from './escape/bibtex';
import { risLine } from './escape/ris';
import { firstAuthorSurname } from './paperLabel';
import { formatCitation } from './citation';
import { sourceShort } from './sourceCitation';
import { bibtexPages, pageRange, splitVolumePages } from './volumePages';
import type { EntityAttributes, KnowledgeGraph } from './types';
import { referenceId } from './vocabOf';

/** The reference numbers behind a set of relations, ascending. */
export const refsOfEdges = (graph: KnowledgeGraph, edges: Iterable<string>): number[] => {
  const refs = new Set<number>();
  for (const e of edges)
    if (graph.hasEdge(e))
      graph.getEdgeAttribute(e, 'evidence').forEach((item) => item.refs.forEach((r) => refs.add(r)));
  return [...refs].sort((a, b) => a - b);
};

const papers = (graph: KnowledgeGraph, refs: readonly number[]): EntityAttributes[] =>
  refs
    .filter((r) => graph.hasNode(referenceId(graph, r)))
    .map((r) => graph.getNodeAttributes(referenceId(graph, r)));

/** "[72] Ishiuchi N, … 2020;11(1):1–15." one per line, numbered as in the review. */
export const numberedList = (graph: KnowledgeGraph, refs: readonly number[]): string =>
  papers(graph, refs)
    .map((p) => `[${p.ref}] ${formatCitation(p)}${p.pmid && p.pmid_trusted ? ` PMID: ${p.pmid}.` : ''}`)
    .join('\n');

const bibAuthors = (authors: string) =>
  authors
    .replace(/,?\s*et al\.?$/, '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .join(' and ') + (/et al/.test(authors) ? ' and others' : '');

/** Fields that biblatex prints verbatim: percent-encoded where needed, never LaTeX-escaped. */
const VERBATIM = new Set(['doi']);

/**
 * BibTeX, one @article per reference; a PMID only when it can be trusted, warnings as notes. Text is
 * LaTeX-escaped (escape/bibtex.ts), so every field's braces balance whatever the data holds.
 */
export const bibtex = (graph: KnowledgeGraph, refs: readonly number[]): string =>
  papers(graph, refs)
    .map((p) => {
      const key = `${firstAuthorSurname(p.authors ?? 'ref').replace(/[^A-Za-z]/g, '')}${p.year ?? ''}ref${p.ref}`;
      const vp = splitVolumePages(p.volume_pages);
      const fields: [string, string | undefined][] = [
        ['author', p.authors && bibAuthors(p.authors)],
        ['title', p.title],
        ['journal', p.journal],
        ['year', p.year?.toString()],
        ['volume', vp.volume],
        ['number', vp.issue],
        ['pages', vp.pages && bibtexPages(vp.pages)],
        ['publisher', vp.publisher],
        ['pmid', p.pmid && p.pmid_trusted ? p.pmid : undefined],
        ['doi', p.doi],
        [
          'note',
          [`Reference ${p.ref} of ${sourceShort(graph)}`, ...p.warnings]
            .map((w) => w.replace(/\.$/, ''))
            .join('. '),
        ],
      ];
      const body = fields
        .filter(([, v]) => v)
        .map(([k, v]) => `  ${k} = {${VERBATIM.has(k) ? bibVerbatim(v!) : bibText(v!)}}`)
        .join(',\n');
      return `@article{${key},\n${body}\n}`;
    })
    .join('\n\n') + '\n';

/** RIS records; AN (the PMID) only when it can be trusted. Values are folded onto one line (escape/ris.ts). */
export const ris = (graph: KnowledgeGraph, refs: readonly number[]): string =>
  papers(graph, refs)
    .map((p) => {
      const authors = (p.authors ?? '')
        .replace(/,?\s*et al\.?$/, '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      const vp = splitVolumePages(p.volume_pages);
      const [start, end] = vp.pages ? pageRange(vp.pages) : [];
      return [
        'TY  - JOUR',
        ...authors.flatMap((a) => risLine('AU', a)),
        ...risLine('TI', p.title),
        ...risLine('JO', p.journal),
        ...risLine('PY', p.year),
        ...risLine('VL', vp.volume),
        ...risLine('IS', vp.issue),
        ...risLine('SP', start),
        ...risLine('EP', end),
        ...risLine('PB', vp.publisher),
        ...risLine('AN', p.pmid && p.pmid_trusted ? p.pmid : undefined),
        ...risLine('DO', p.doi),
        ...risLine(
          'N1',
          `Reference ${p.ref} of ${sourceShort(graph)}${p.warnings.length ? `; ${p.warnings.join(' ')}` : ''}`,
        ),
        'ER  - ',
      ].join('\n');
    })
    .join('\n\n') + '\n';
