import type { EntityAttributes } from './types';

export interface CitationLink {
  href: string;
  label: string;
  /** 'pubmed' and 'doi' are authoritative; 'search' is only a title search. */
  kind: 'pubmed' | 'doi' | 'search';
}

/** "2020;11(1):1–15", or "2020:5911–5926" where the list prints pages straight after the year. */
const yearAndVolume = (p: EntityAttributes): string =>
  p.volume_pages?.startsWith(':')
    ? `${p.year ?? ''}${p.volume_pages}`
    : [p.year, p.volume_pages].filter(Boolean).join(';');

/** "Authors. Title. Journal. Year;volume." as printed in the review's list. */
export const formatCitation = (p: EntityAttributes): string =>
  [p.authors, p.title, p.journal, yearAndVolume(p)]
    .filter((part) => part !== undefined && part !== '')
    .map((part) => String(part).replace(/\.$/, ''))
    .join('. ') + '.';

/**
 * Links for a reference: PubMed only when its PMID is trusted (not shared with a different
 * paper), a DOI when known; otherwise a PubMed title search, labelled as a search.
 */
export const citationLinks = (p: EntityAttributes): CitationLink[] => {
  const links: CitationLink[] = [];
  if (p.pmid && p.pmid_trusted)
    links.push({
      kind: 'pubmed',
      label: `PubMed ${p.pmid}`,
      href: `https://pubmed.ncbi.nlm.nih.gov/${p.pmid}/`,
    });
  if (p.doi) links.push({ kind: 'doi', label: `DOI ${p.doi}`, href: `https://doi.org/${p.doi}` });
  if (links.length === 0 && p.title) {
    links.push({
      kind: 'search',
      label: 'Search PubMed for this title',
      href: `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(`${p.title}[Title]`)}`,
    });
  }
  return links;
};
