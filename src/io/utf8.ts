/**
 * Strict UTF-8 decoding for files we are given (graph-data, `--source`): invalid bytes are an error
 * with a place, never a silent U+FFFD.
 */
export type Decoded = { ok: true; text: string } | { ok: false; byte: number; line: number; column: number };

const fatal = new TextDecoder('utf-8', { fatal: true });

export const decodeUtf8 = (bytes: Uint8Array): Decoded => {
  try {
    return { ok: true, text: fatal.decode(bytes) };
  } catch {
    const byte = firstInvalidByte(bytes);
    const before = bytes.subarray(0, byte);
    const lastBreak = before.lastIndexOf(0x0a);
    const line = before.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
    // The column counts characters, so decode the (valid) start of the line.
    const column = fatal.decode(before.subarray(lastBreak + 1)).length + 1;
    return { ok: false, byte, line, column };
  }
};

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
export const firstInvalidByte = (bytes: Uint8Array): number => {
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < bytes.length && bytes[i]! >= lo && bytes[i]! <= hi;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length = 0;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = cont(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) {
      const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      length = cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      length = cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
};

/** C0 and C1 control characters other than tab, line feed and carriage return (and DEL). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The first control character in `text`: its code point, line and column (1-based). */
export const findControlCharacter = (
  text: string,
): { codePoint: string; line: number; column: number } | undefined => {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  return {
    codePoint: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    line: before.split('\n').length,
    column: match.index - before.lastIndexOf('\n'),
  };
};
