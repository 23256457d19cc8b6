import { SaxesParser } from 'saxes';
import { LIMITS } from '../limits';
import { at, ReadError } from '../readError';

/** An element as the XML readers see it: local name, attributes (a null-prototype object), line. */
export interface XmlOpen {
  name: string;
  attributes: Record<string, string>;
  line: number;
  /** Names of the enclosing elements, outermost first. */
  path: readonly string[];
}

export interface XmlHandlers {
  open: (element: XmlOpen) => void;
  /** `text` is the element's own character data (CDATA included), at most `LIMITS.valueChars`. */
  close: (element: XmlOpen, text: string) => void;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Streams an XML text through saxes (a strict, linear-time, non-validating parser that expands only
 * the five predefined entities) and calls the handlers per element. Refuses entity declarations
 * outright ("billion laughs"), nesting deeper than `LIMITS.depth`, and text longer than
 * `LIMITS.valueChars`; the first well-formedness error stops the read with its line.
 */
export const readXmlEvents = (text: string, file: string, handlers: XmlHandlers): void => {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: { element: XmlOpen; text: string[]; length: number }[] = [];
  const path: string[] = [];
  const fail = (what: string): never => {
    throw new ReadError(at(file, parser.line), what);
  };
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype))
      fail(
        'declares XML entities (<!ENTITY …>); refused, since expanding them can exhaust memory ("billion laughs")',
      );
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= LIMITS.depth) fail(`elements nested more than ${LIMITS.depth} deep`);
    const element: XmlOpen = {
      name: localName(tag.name),
      attributes: tag.attributes as Record<string, string>,
      line: parser.line,
      path: [...path],
    };
    stack.push({ element, text: [], length: 0 });
    path.push(element.name);
    handlers.open(element);
  });
  const addText = (chunk: string) => {
    const top = stack.at(-1);
    if (!top) return;
    top.length += chunk.length;
    if (top.length > LIMITS.valueChars)
      fail(`<${top.element.name}> holds more than ${LIMITS.valueChars} characters of text`);
    top.text.push(chunk);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const top = stack.pop();
    path.pop();
    if (top) handlers.close(top.element, top.text.join(''));
  });
  parser.on('error', (error) => {
    const message = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    fail(
      message === 'undefined entity'
        ? 'an undefined entity (only &amp; &lt; &gt; &quot; &apos; and character references are read; external and custom entities never are)'
        : message,
    );
  });
  parser.write(text).close();
};
