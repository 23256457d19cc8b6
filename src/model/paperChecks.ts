import { referenceKey } from './ids';
import type { Problem } from './problems';
import type { Located } from './rawData';
import type { PaperRecord } from './recordSchemas';

export interface PaperVerdict {
  pmidTrusted: boolean;
  duplicateOf?: number;
}

const normaliseTitle = (title: string): string => title.toLowerCase().replace(/[^a-z0-9]+/g, '');

const mentions = (warnings: readonly string[], token: string): boolean =>
  warnings.some((w) => new RegExp(`(^|\\D)${token}(\\D|$)`).test(w));

/**
 * Finds the reference list's doubtful identifiers and duplicated references.
 * A PMID printed for two or more *different* papers is doubtful for all of them; a title
 * printed twice is a duplicate. Each affected paper must carry a warning that names the
 * PMID (or the other reference number): the data must say what the validator sees.
 */
export const checkPapers = (
  papers: readonly Located<PaperRecord>[],
  referenceType: string,
  problems: Problem[],
): Map<number, PaperVerdict> => {
  const paperId = (ref: number) => referenceKey(referenceType, ref);
  const verdicts = new Map<number, PaperVerdict>();
  const byTitle = new Map<string, Located<PaperRecord>[]>();
  for (const paper of papers) {
    const key = normaliseTitle(paper.value.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), paper]);
    verdicts.set(paper.value.ref, { pmidTrusted: paper.value.pmid !== undefined });
  }
  const sameWork = (a: PaperRecord, b: PaperRecord): boolean =>
    normaliseTitle(a.title) === normaliseTitle(b.title);

  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    const first = Math.min(...group.map((p) => p.value.ref));
    for (const paper of group) {
      const others = group.filter((p) => p !== paper).map((p) => p.value.ref);
      if (paper.value.ref !== first) verdicts.get(paper.value.ref)!.duplicateOf = first;
      if (!others.every((ref) => mentions(paper.value.warnings, String(ref)))) {
        problems.push({
          severity: 'error',
          file: paper.origin.file,
          line: paper.origin.line,
          id: paperId(paper.value.ref),
          message: `reference ${paper.value.ref} is the same paper as ${others.join(', ')}; add a warning that names ${others.length > 1 ? 'them' : 'it'}`,
        });
      }
    }
  }

  const byPmid = new Map<string, Located<PaperRecord>[]>();
  for (const paper of papers) {
    if (paper.value.pmid) byPmid.set(paper.value.pmid, [...(byPmid.get(paper.value.pmid) ?? []), paper]);
  }
  for (const [pmid, group] of byPmid) {
    const distinct = group.filter((p) => group.some((q) => !sameWork(p.value, q.value)));
    if (distinct.length === 0) continue;
    for (const paper of distinct) {
      verdicts.get(paper.value.ref)!.pmidTrusted = false;
      if (!mentions(paper.value.warnings, pmid)) {
        const others = distinct.filter((p) => p !== paper).map((p) => p.value.ref);
        problems.push({
          severity: 'error',
          file: paper.origin.file,
          line: paper.origin.lineOf(['pmid']),
          id: paperId(paper.value.ref),
          message: `PMID ${pmid} is also printed for different paper(s) ${others.join(', ')}; add a warning that names PMID ${pmid}`,
        });
      }
    }
  }
  // A paper whose own warnings doubt its PMID is not trusted either.
  for (const paper of papers) {
    const pmid = paper.value.pmid;
    if (pmid && mentions(paper.value.warnings, pmid)) verdicts.get(paper.value.ref)!.pmidTrusted = false;
  }
  return verdicts;
};
