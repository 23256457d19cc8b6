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

const bibEscape = (s: string) =>
  s
    .replace(/[{}\\]/g, '')
    .replace(/&/g, '\\&')
    .replace(/%/g, '\\%');

/** BibTeX, one @article per reference; a PMID only when it can be trusted, warnings as notes. */
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
        .map(([k, v]) => `  ${k} = {${bibEscape(v!)}}`)
        .join(',\n');
      return `@article{${key},\n${body}\n}`;
    })
    .join('\n\n') + '\n';

/** RIS records; AN (the PMID) only when it can be trusted. */
export const ris = (graph: KnowledgeGraph, refs: readonly number[]): string =>
  papers(graph, refs)
    .map((p) => {
      const lines = ['TY  - JOUR'];
      for (const a of (p.authors ?? '')
        .replace(/,?\s*et al\.?$/, '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean))
        lines.push(`AU  - ${a}`);
      if (p.title) lines.push(`TI  - ${p.title}`);
      if (p.journal) lines.push(`JO  - ${p.journal}`);
      if (p.year) lines.push(`PY  - ${p.year}`);
      const vp = splitVolumePages(p.volume_pages);
      if (vp.volume) lines.push(`VL  - ${vp.volume}`);
      if (vp.issue) lines.push(`IS  - ${vp.issue}`);
      if (vp.pages) {
        const [start, end] = pageRange(vp.pages);
        lines.push(`SP  - ${start}`);
        if (end) lines.push(`EP  - ${end}`);
      }
      if (vp.publisher) lines.push(`PB  - ${vp.publisher}`);
      if (p.pmid && p.pmid_trusted) lines.push(`AN  - ${p.pmid}`);
      if (p.doi) lines.push(`DO  - ${p.doi}`);
      lines.push(
        `N1  - Reference ${p.ref} of ${sourceShort(graph)}${p.warnings.length ? `; ${p.warnings.join(' ')}` : ''}`,
      );
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n\n') + '\n';
