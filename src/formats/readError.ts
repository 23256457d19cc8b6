/**
 * Thrown inside the readers for bad input and caught at their edge (`readSafely`), which turns it
 * into `{ ok: false, error }`. `where` names the file and the place: `graph.graphml:13`,
 * `graph.json:edges[4]`.
 */
export class ReadError extends Error {
  constructor(
    readonly where: string,
    readonly what: string,
  ) {
    super(`${where}: ${what}`);
  }
}

/** `file:place`, or just `file` when there is no better place. */
export const at = (file: string, place?: string | number): string =>
  place === undefined || place === '' ? file : `${file}:${place}`;

/** The 1-based line of a character offset in a text. */
export const lineOf = (text: string, offset: number): number => {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/** A value cut short for a message: one line, at most `max` characters. */
export const shorten = (value: unknown, max = 60): string => {
  const text = String(value).replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};
