import type { PaperRecord } from './recordSchemas';

/** "Ishiuchi 2020 [72]": first author's surname, year, reference number. */
export const paperLabel = (paper: Pick<PaperRecord, 'authors' | 'year' | 'ref'>): string => {
  const surname = firstAuthorSurname(paper.authors);
  return `${surname} ${paper.year ?? 'n.d.'} [${paper.ref}]`;
};

export const firstAuthorSurname = (authors: string): string => {
  const first = authors.split(',')[0]?.trim() ?? authors;
  // "Ishiuchi N" → "Ishiuchi"; "de Carvalho Ribeiro P" → "de Carvalho Ribeiro"
  return first.replace(/\s+[A-Z][A-Za-z-]{0,3}$/, '').trim() || first;
};
