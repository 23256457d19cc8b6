import { LIMITS } from '../limits';
import { at, lineOf, ReadError } from '../readError';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as. */
  encoding: string;
  /** Kept, but worth reporting: a control character, an encoding other than UTF-8. */
  notes: { what: string; why: string; where: string }[];
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

/** Files people pick by mistake, named so that the message can say what to do instead. */
const BINARY_SIGNATURES: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an .xlsx workbook?): export the sheet as CSV'],
  [[0x1f, 0x8b], 'a gzip archive: unpack it first'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.xls?): export the sheet as CSV'],
];

/** Every other byte zero, as ASCII text in UTF-16 is. */
const looksUtf16 = (bytes: Uint8Array): boolean => {
  const pairs = Math.min(2048, Math.floor(bytes.length / 2));
  let zeros = 0;
  for (let i = 0; i < pairs; i++) if ((bytes[2 * i] === 0) !== (bytes[2 * i + 1] === 0)) zeros++;
  return pairs >= 4 && zeros > pairs * 0.9;
};

/** More than 1 in 20 of the first 4 KB are control bytes that text does not use. */
const looksBinary = (bytes: Uint8Array): boolean => {
  const head = bytes.subarray(0, 4096);
  let odd = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) odd++;
  return odd * 20 > head.length;
};

/** Offset of the first byte that breaks UTF-8, or -1. */
const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
};

const lineOfByte = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** An XML declaration's encoding (`<?xml version="1.0" encoding="ISO-8859-1"?>`), if any. */
const declaredXmlEncoding = (bytes: Uint8Array): string | undefined => {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
};

const decodeWith = (encoding: string, bytes: Uint8Array, file: string): string => {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ReadError(file, `the bytes are not valid ${encoding}`);
  }
};

const utf8 = (bytes: Uint8Array, file: string): string => {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0)
    throw new ReadError(
      at(file, lineOfByte(bytes, bad)),
      `byte ${bad + 1} (0x${bytes[bad]!.toString(16).toUpperCase()}) is not valid UTF-8; the file may be ` +
        'Latin-1 or Windows-1252: save it as UTF-8 and open it again',
    );
  return new TextDecoder('utf-8').decode(bytes);
};

/**
 * Bytes → text, refusing what is not text. UTF-8 (a byte-order mark is dropped), UTF-16 with a
 * byte-order mark, and the encoding an XML declaration names are read; anything else must be valid
 * UTF-8, and the message names the line of the first bad byte. Never substitutes U+FFFD silently.
 */
export const decodeText = (bytes: Uint8Array, file: string): DecodedText => {
  if (bytes.length === 0) throw new ReadError(file, 'the file is empty');
  if (bytes.length > LIMITS.fileBytes)
    throw new ReadError(
      file,
      `the file has ${(bytes.length / 1048576).toFixed(1)} MB, more than the ${LIMITS.fileBytes / 1048576} MB this explorer reads`,
    );
  const signature = BINARY_SIGNATURES.find(([magic]) => startsWith(bytes, ...magic));
  if (signature) throw new ReadError(file, `this is ${signature[1]}, not a graph file`);
  if (!startsWith(bytes, 0xff, 0xfe) && !startsWith(bytes, 0xfe, 0xff) && looksUtf16(bytes))
    throw new ReadError(
      file,
      'the file is UTF-16 without a byte-order mark: save it as UTF-8 (or UTF-16 with a BOM)',
    );
  if (!startsWith(bytes, 0xff, 0xfe) && !startsWith(bytes, 0xfe, 0xff) && looksBinary(bytes))
    throw new ReadError(
      file,
      'this looks like a binary file (many bytes that text never holds), not a graph file',
    );
  let text: string;
  let encoding = 'utf-8';
  if (startsWith(bytes, 0xff, 0xfe, 0, 0) || startsWith(bytes, 0, 0, 0xfe, 0xff))
    throw new ReadError(file, 'the file is UTF-32, which is not read: save it as UTF-8');
  if (startsWith(bytes, 0xff, 0xfe)) text = decodeWith((encoding = 'utf-16le'), bytes.subarray(2), file);
  else if (startsWith(bytes, 0xfe, 0xff)) text = decodeWith((encoding = 'utf-16be'), bytes.subarray(2), file);
  else {
    const declared = declaredXmlEncoding(bytes);
    if (declared && declared !== 'utf-8' && declared !== 'utf8') {
      try {
        new TextDecoder(declared);
      } catch {
        throw new ReadError(
          at(file, 1),
          `the XML declaration names the encoding "${declared}", which is not known`,
        );
      }
      text = decodeWith((encoding = declared), bytes, file);
    } else text = utf8(startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes, file);
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    throw new ReadError(
      at(file, lineOf(text, nul)),
      'contains a NUL character: this is a binary file, or UTF-16 without a byte-order mark, not a text graph file',
    );
  const notes: DecodedText['notes'] = [];
  if (encoding !== 'utf-8') notes.push({ what: 'text encoding', why: `read as ${encoding}`, where: file });
  // eslint-disable-next-line no-control-regex
  const control = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control)
    notes.push({
      what: `control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      why: 'kept as it is; XML exports replace it with U+FFFD, which XML cannot carry',
      where: at(file, lineOf(text, control.index)),
    });
  return { text, encoding, notes };
};
