import { describe, expect, it } from 'vitest';
import { decodeUtf8, findControlCharacter, firstInvalidByte } from '../../src/io/utf8';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('strict UTF-8', () => {
  it('accepts well-formed text of every length', () => {
    const text = 'a é € 𝄞 αβγ';
    expect(decodeUtf8(new TextEncoder().encode(text))).toEqual({ ok: true, text });
  });

  it.each([
    ['a Latin-1 byte', bytes(0x61, 0xe9, 0x62), 1],
    ['a lone continuation byte', bytes(0x61, 0x80), 1],
    ['an overlong encoding', bytes(0xc0, 0xaf), 0],
    ['a surrogate', bytes(0x61, 0xed, 0xa0, 0x80), 1],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short at the end', bytes(0x61, 0x62, 0xe2, 0x82), 2],
  ])('finds %s', (_name, input, offset) => {
    expect(firstInvalidByte(input)).toBe(offset);
    expect(decodeUtf8(input)).toMatchObject({ ok: false, byte: offset, line: 1 });
  });

  it('places the bad byte by line and column', () => {
    expect(decodeUtf8(bytes(0x61, 0x0a, 0xc3, 0xa9, 0xff))).toEqual({
      ok: false,
      byte: 4,
      line: 2,
      column: 2,
    });
  });

  it('finds control characters but allows tabs and line breaks', () => {
    expect(findControlCharacter('a\tb\r\nc\n')).toBeUndefined();
    expect(findControlCharacter('ab\ncd\u0000')).toEqual({ codePoint: 'U+0000', line: 2, column: 3 });
    expect(findControlCharacter('x\u0085')).toMatchObject({ codePoint: 'U+0085' });
  });
});
