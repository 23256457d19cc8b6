import { classifyJson, formatFromName, refuseByName, sniffText } from './detectFormat';
import { ReadError } from './readError';
import { readBundle } from './readers/readBundle';
import { readCsv } from './readers/readCsv';
import { readCytoscape } from './readers/readCytoscape';
import { readGexf } from './readers/readGexf';
import { readGraphml } from './readers/readGraphml';
import { readGraphologyJson } from './readers/readGraphologyJson';
import { readJgf } from './readers/readJgf';
import { readSafely } from './readSafely';
import { parseJsonText } from './text/jsonText';
import type { ImportedDataset, ReadFormat, ReadResult, TextFile } from './types';

const JSON_READERS = {
  json: readBundle,
  graphology: readGraphologyJson,
  jgf: readJgf,
  cyjs: readCytoscape,
} as const;

const readOne = (file: TextFile, hint?: ReadFormat): ImportedDataset => {
  if (!hint) refuseByName(file.name);
  const sniffed = sniffText(file.text, file.name);
  const named = formatFromName(file.name);
  if (hint === 'csv' || (!hint && sniffed === 'csv')) return readCsv([file]);
  const kind = sniffed === 'json-text' ? 'JSON' : sniffed === 'csv' ? 'text that is not JSON or XML' : 'XML';
  const expected = hint === undefined ? undefined : hint in JSON_READERS ? 'json-text' : 'xml';
  if (expected && expected !== (sniffed === 'json-text' ? 'json-text' : sniffed === 'csv' ? 'csv' : 'xml'))
    throw new ReadError(file.name, `holds ${kind}, not ${hint}`);
  if (sniffed === 'json-text') {
    const json = parseJsonText(file.text, file.name);
    const format = hint ?? classifyJson(json, file.name);
    const dataset = JSON_READERS[format as keyof typeof JSON_READERS](json, file.text, file.name);
    if (named && named !== format && named !== 'csv')
      dataset.report.problems.push({
        what: 'file name',
        why: `named .${named} but holds ${format}`,
        where: file.name,
      });
    return dataset;
  }
  const format = hint ?? sniffed;
  if (format !== 'graphml' && format !== 'gexf')
    throw new ReadError(file.name, `holds ${kind}, not ${format}`);
  const dataset = format === 'graphml' ? readGraphml(file.text, file.name) : readGexf(file.text, file.name);
  if (named && named !== format)
    dataset.report.problems.push({
      what: 'file name',
      why: `named .${named} but holds ${format}`,
      where: file.name,
    });
  return dataset;
};

/**
 * Text files → one dataset. The format comes from `hint`, else from the content (the name only
 * breaks ties the content cannot: it never overrides it). Two files are a CSV node table and edge
 * table. Never throws.
 */
export const readDataset = (files: TextFile[], hint?: ReadFormat): ReadResult => {
  const name = files.map((f) => f.name).join(' + ') || 'no file';
  return readSafely(name, () => {
    if (files.length === 0) throw new ReadError(name, 'no file given');
    if (files.length > 2) throw new ReadError(name, 'give one file, or a CSV node table and an edge table');
    if (files.length === 2) {
      for (const f of files)
        if (hint !== 'csv' && sniffText(f.text, f.name) !== 'csv')
          throw new ReadError(
            f.name,
            'two files are read as a CSV node table and edge table; this one is not CSV',
          );
      return readCsv(files);
    }
    return readOne(files[0]!, hint);
  });
};
