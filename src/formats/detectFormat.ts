import { ReadError } from './readError';
import { asRecord, own } from './text/jsonText';
import type { ReadFormat } from './types';

const BY_EXTENSION: Record<string, ReadFormat> = {
  gexf: 'gexf',
  graphml: 'graphml',
  cyjs: 'cyjs',
  jgf: 'jgf',
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
};

/** Files people pick by mistake, by extension, with what to do instead. */
const NOT_GRAPHS: Record<string, string> = {
  yaml: 'a YAML file: graph-data YAML is checked by `kg validate`, not opened here',
  yml: 'a YAML file: graph-data YAML is checked by `kg validate`, not opened here',
  xlsx: 'a spreadsheet: export the sheet as CSV',
  xls: 'a spreadsheet: export the sheet as CSV',
  ods: 'a spreadsheet: export the sheet as CSV',
  docx: 'a document, not a graph file',
  zip: 'an archive: unpack it first',
};

/** Refuses, by name, the files that are not graphs whatever their content. */
export const refuseByName = (name: string): void => {
  const reason = NOT_GRAPHS[extensionOf(name)];
  if (reason) throw new ReadError(name, `this is ${reason}`);
};

export const extensionOf = (name: string): string => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** The format a file's name suggests, if it suggests one (`.json` and `.xml` need the content). */
export const formatFromName = (name: string): ReadFormat | undefined => BY_EXTENSION[extensionOf(name)];

/** What the text itself is: XML (GraphML or GEXF by its root), JSON, or else CSV. */
export const sniffText = (text: string, file: string): 'graphml' | 'gexf' | 'json-text' | 'csv' => {
  const start = text.search(/\S/);
  const first = start < 0 ? '' : text[start];
  if (first === '<') {
    const root = /<(?![?!])(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(
      text.slice(start, start + 100_000),
    )?.[1];
    if (root === 'graphml') return 'graphml';
    if (root === 'gexf') return 'gexf';
    throw new ReadError(file, `an XML file whose root element is <${root ?? '?'}>: neither GraphML nor GEXF`);
  }
  if (first === '{' || first === '[') return 'json-text';
  if (first === '') throw new ReadError(file, 'the file holds only white space');
  return 'csv';
};

/** Which of the JSON formats a parsed value is, by its shape. */
export const classifyJson = (json: unknown, file: string): ReadFormat => {
  const firstOf = (list: unknown) => (Array.isArray(list) ? list[0] : undefined);
  if (Array.isArray(json)) {
    if (json.length === 0 || own(json[0], 'data') !== undefined) return 'cyjs';
    throw new ReadError(
      `${file}:[0]`,
      'a JSON list, but its items are not Cytoscape elements ({ "data": … })',
    );
  }
  const record = asRecord(json);
  if (record) {
    if (own(record, 'elements') !== undefined) return 'cyjs';
    const graph = own(record, 'graph');
    if (graph !== undefined) {
      const node = firstOf(own(graph, 'nodes'));
      return own(node, 'key') !== undefined || own(graph, 'options') !== undefined ? 'json' : 'jgf';
    }
    if (own(record, 'graphs') !== undefined) return 'jgf';
    const nodes = own(record, 'nodes');
    if (Array.isArray(nodes)) {
      const node = firstOf(nodes);
      if (own(node, 'data') !== undefined) return 'cyjs';
      return 'graphology';
    }
  }
  throw new ReadError(
    file,
    'a JSON file, but none of the graph formats read here (our bundle, graphology, JGF, Cytoscape)',
  );
};
