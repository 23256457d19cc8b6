/**
 * One RIS field value. RIS is line-based: a tag starts every line (`TY  - `, `ER  - `), so a value that
 * contains a line break could start a new tag or a new record. Every kind of line break (CR, LF, NEL,
 * U+2028/U+2029, vertical tab, form feed) is folded into one space, and the value is trimmed.
 */
export const risValue = (text: string): string =>
  text
    .replace(/[\r\n\v\f\u0085\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();

/** `TAG  - value`, or nothing when the value is empty once folded. */
export const risLine = (tag: string, value: string | number | undefined): string[] => {
  if (value === undefined) return [];
  const folded = risValue(String(value));
  return folded ? [`${tag}  - ${folded}`] : [];
};
