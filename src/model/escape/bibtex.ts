/**
 * BibTeX field values.
 *
 * Text fields escape LaTeX's specials (`& % $ # _ { } ~ ^ \`). Braces become `\textbraceleft{}` and
 * `\textbraceright{}` rather than `\{`/`\}`: BibTeX counts every brace, escaped or not, when it looks for
 * the end of a field, so only the spelled-out forms keep each field balanced whatever the text holds.
 * Line breaks are folded (a blank line inside a field is a paragraph break).
 */
const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
};

export const bibText = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}~^&%$#_]/g, (c) => LATEX[c]!);

/**
 * A verbatim field (`doi`, `url`): biblatex prints these as they are, so LaTeX escapes would end up in the
 * identifier. Only what would break the entry is percent-encoded (braces, backslash, whitespace), as URLs
 * and the DOI Handbook allow.
 */
export const bibVerbatim = (text: string): string =>
  text.trim().replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
