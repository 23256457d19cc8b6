/**
 * Ids for inferred types and relations from the file's own values ("Gene product" → gene_product):
 * lower-case letters, digits and _, starting with a letter, unique within `taken`.
 */
export const slugFor = (value: string, taken: Set<string>, fallback: string): string => {
  let base = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  if (!base) base = fallback;
  if (!/^[a-z]/.test(base)) base = `${fallback}_${base}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
};
