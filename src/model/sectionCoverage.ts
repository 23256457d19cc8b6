import type { KnowledgeGraph } from './types';
import { vocabOf } from './vocabOf';

type Section = string;

/** Where each section of the review's plain text starts (line heads such as "2.3.1." or "Table 1."). */
const HEADING =
  /^(Abstract|Article highlights|Funding|Abbreviations|References|Table [12]\.|Figure [123]\.|\d(?:\.\d){0,2}\. )/;

const sectionOfHeading = (head: string, sections: readonly string[]): Section | 'skip' | 'end' => {
  if (head === 'References') return 'end';
  if (head === 'Funding') return 'skip';
  if (head === 'Article highlights') return 'Highlights';
  const id = head.replace(/\.\s*$/, '').replace(/\. $/, '');
  return sections.includes(id) ? id : 'skip';
};

/** Reference numbers in "[24–26]" or "[93,94,96]" style citations. */
export const citedNumbers = (text: string): number[] => {
  const out = new Set<number>();
  for (const [, inner] of text.matchAll(/\[(\d+(?:\s*[–-]\s*\d+)?(?:\s*,\s*\d+(?:\s*[–-]\s*\d+)?)*)\]/g)) {
    for (const part of inner!.split(',')) {
      const [a, b] = part.split(/[–-]/).map((x) => Number(x.trim()));
      for (let n = a!; n <= (b ?? a!); n++) out.add(n);
    }
  }
  return [...out].sort((x, y) => x - y);
};

/** The review's text cut into its sections (the reference list excluded). */
export const splitSections = (source: string, sections: readonly string[]): Map<Section, string> => {
  const parts = new Map<Section, string>();
  let current: Section | 'skip' = 'skip';
  for (const line of source.split('\n')) {
    const head = HEADING.exec(line)?.[1];
    if (head) {
      const next = sectionOfHeading(head.trim() === 'Abstract' ? 'Abstract' : head, sections);
      if (next === 'end') current = 'skip';
      else current = next;
      if (line.startsWith('1. Yu Y')) current = 'skip';
    }
    if (current !== 'skip') parts.set(current, `${parts.get(current) ?? ''}${line}\n`);
  }
  return parts;
};

export interface SectionCoverage {
  section: Section;
  evidence: number;
  /** References the review cites in this section. */
  cited: number[];
  /** Of those, the ones no evidence item from this section carries. */
  missing: number[];
}

/** Per section: evidence items, the references the text cites, and which of them the graph has not captured there. */
export const sectionCoverage = (graph: KnowledgeGraph, source: string): SectionCoverage[] => {
  const ids = vocabOf(graph).sections.map((s) => s.id);
  const text = splitSections(source, ids);
  const evidence = new Map<Section, { count: number; refs: Set<number> }>();
  graph.forEachEdge((_e, a) => {
    for (const item of a.evidence) {
      const entry = evidence.get(item.section) ?? { count: 0, refs: new Set<number>() };
      entry.count += 1;
      item.refs.forEach((r) => entry.refs.add(r));
      evidence.set(item.section, entry);
    }
  });
  return ids
    .filter((s) => text.has(s) || evidence.has(s))
    .map((section) => {
      const cited = citedNumbers(text.get(section) ?? '');
      const got = evidence.get(section)?.refs ?? new Set<number>();
      return {
        section,
        evidence: evidence.get(section)?.count ?? 0,
        cited,
        missing: cited.filter((r) => !got.has(r)),
      };
    });
};
