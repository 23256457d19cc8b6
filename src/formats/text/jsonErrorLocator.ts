/**
 * Finds where a text stops being JSON, for the message of a file JSON.parse refused (engines do not
 * all say where). A small recursive-descent scanner over the grammar; only run after JSON.parse
 * failed and after the nesting depth was bounded, so recursion stays shallow.
 */
export interface JsonErrorPlace {
  offset: number;
  reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const WS = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

export const locateJsonError = (text: string): JsonErrorPlace | undefined => {
  let i = 0;
  const skip = () => {
    WS.lastIndex = i;
    WS.exec(text);
    i = WS.lastIndex;
  };
  const describe = (): string =>
    i >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text[i])}`;
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  /** A string from its opening quote; false when it is not closed or holds what JSON forbids. */
  const string = (): boolean => {
    for (i++; i < text.length;) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return (void i++, true);
      if (c < 0x20) return false;
      if (c === 0x5c) {
        if (!match(ESCAPE)) return false;
      } else i++;
    }
    return false;
  };
  const value = (): void => {
    skip();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') {
      if (!string())
        throw new Stop(i, 'a string is not closed, or holds a raw control character or bad escape');
      return;
    }
    if (match(NUMBER) || match(LITERAL)) return;
    throw new Stop(i, `${describe()} where a value should be`);
  };
  const object = (): void => {
    i++;
    skip();
    if (text[i] === '}') return void i++;
    for (;;) {
      skip();
      if (text[i] !== '"' || !string()) throw new Stop(i, `${describe()} where a "key" should be`);
      skip();
      if (text[i] !== ':') throw new Stop(i, `${describe()} where ":" should be`);
      i++;
      value();
      skip();
      if (text[i] === ',') i++;
      else if (text[i] === '}') return void i++;
      else throw new Stop(i, `${describe()} where "," or "}" should be`);
    }
  };
  const array = (): void => {
    i++;
    skip();
    if (text[i] === ']') return void i++;
    for (;;) {
      value();
      skip();
      if (text[i] === ',') i++;
      else if (text[i] === ']') return void i++;
      else throw new Stop(i, `${describe()} where "," or "]" should be`);
    }
  };
  try {
    value();
    skip();
    if (i < text.length) throw new Stop(i, `${describe()} after the end of the JSON value`);
    return undefined;
  } catch (stop) {
    if (stop instanceof Stop) return { offset: stop.offset, reason: stop.reason };
    throw stop;
  }
};
