/**
 * Escaping for the XML we write. XML 1.0 cannot carry most control characters, lone surrogates or
 * U+FFFE/U+FFFF at all (not even as character references), so they become U+FFFD; everything else
 * is kept. In attribute values tab, newline and carriage return are written as references, since a
 * parser would otherwise turn them into spaces (attribute-value normalisation).
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xmlSafe = (value: string): string => value.replace(NOT_XML, '\ufffd');

export const escapeText = (value: string): string =>
  xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

export const escapeAttribute = (value: string): string =>
  escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
