/**
 * Typed values of GraphML `attr.type` and GEXF attribute types, from their text. A value that does
 * not fit its type is kept as text (and said so), never turned into NaN silently.
 */
export type Cast = { value: unknown } | { text: string; issue: string };

const number = (text: string, integer: boolean): Cast => {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(n)) return { text, issue: 'is not a finite number' };
  if (integer && !Number.isInteger(n)) return { text, issue: 'is not a whole number' };
  return { value: n };
};

const scalar = (type: string, text: string): Cast => {
  switch (type) {
    case 'boolean': {
      const t = text.trim().toLowerCase();
      if (t === 'true' || t === '1') return { value: true };
      if (t === 'false' || t === '0') return { value: false };
      return { text, issue: 'is not true or false' };
    }
    case 'int':
    case 'long':
    case 'integer':
    case 'short':
    case 'byte':
      return number(text, true);
    case 'float':
    case 'double':
    case 'bigdecimal':
      return number(text, false);
    default:
      return { value: text };
  }
};

/** GEXF lists: `[a, "b, c"]` (1.3) or `a|b` (1.2); strings inside quotes may hold `,` and `|`. */
const listPieces = (text: string): string[] => {
  const t = text.trim();
  if (t.startsWith('[') && t.endsWith(']')) {
    const pieces: string[] = [];
    const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^,]*))\s*(?:,|$)/gy;
    const body = t.slice(1, -1);
    for (let m = re.exec(body); m && re.lastIndex <= body.length && m[0] !== ''; m = re.exec(body))
      pieces.push(m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : m[2] !== undefined ? m[2] : m[3]!.trim());
    return pieces;
  }
  return t === '' ? [] : t.split('|');
};

export const castValue = (type: string, text: string): Cast => {
  const t = type.toLowerCase();
  if (!t.startsWith('list')) return scalar(t, text);
  let pieces: string[];
  try {
    pieces = listPieces(text);
  } catch {
    return { text, issue: 'is not a list' };
  }
  const values: unknown[] = [];
  for (const piece of pieces) {
    const cast = scalar(t.slice(4), piece);
    if (!('value' in cast)) return { text, issue: `holds "${piece}", which ${cast.issue}` };
    values.push(cast.value);
  }
  return { value: values };
};

/** A number from its text, or the text itself when it is not one. */
export const numberOrText = (text: string): unknown => {
  const cast = number(text, false);
  return 'value' in cast ? cast.value : text;
};
