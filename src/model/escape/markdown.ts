/**
 * Text from the data (labels, titles, captions, quotes, citations) placed into Markdown as literal text,
 * escaping only what would change its meaning, so that the handout stays readable as plain text:
 *
 * - Line breaks are folded into spaces, so no value can start a new block (heading, list, quote, table,
 *   link definition).
 * - Raw HTML cannot get through: `<` is backslash-escaped (CommonMark lets any ASCII punctuation be
 *   escaped), and `&` is written `&amp;` where it would start an entity (`&lt;`, `&#60;`).
 * - Inline markup is neutralised: `\`, `` ` ``, `*`, `_` and `~` are escaped (code, emphasis, GFM
 *   strikethrough), and `](` is written `\](` so no link or image can form. Brackets alone stay as they
 *   are (`[5,6]` is a citation, not a link: a reference link needs a definition, and none can start a line).
 * - A trailing ` #` run is escaped (a heading would drop it as a closing sequence).
 * - A value that starts a block (a line, or a list item's text: `atLineStart`) (`atLineStart`) also has a leading `#`, `>`, `+`, `-`, `=`, `[` or
 *   `1.`/`1)` escaped, which would otherwise make a heading, a quote, a list item, a setext underline or
 *   a link definition.
 */
export const mdText = (text: string, atLineStart = false): string => {
  const inline = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_~<]/g, (c) => `\\${c}`)
    .replace(/\]\(/g, '\\](')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/ (#+)$/, ' \\$1');
  if (!atLineStart) return inline;
  return inline.replace(/^([#>+\-=[])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
};
