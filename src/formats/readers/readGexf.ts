import { assembleDataset } from '../assemble/assembleDataset';
import { rawGraph, type RawEdge, type RawNode } from '../assemble/rawGraph';
import { ReportBuilder } from '../assemble/reportBuilder';
import { KG_MARKER } from '../dialect';
import { at, ReadError, shorten } from '../readError';
import { readXmlEvents } from '../text/xmlEvents';
import type { ImportedDataset } from '../types';
import { castValue, numberOrText } from './xmlValues';

interface Column {
  title: string;
  type: string;
  default?: string;
}

const META = new Set(['creator', 'description', 'keywords', 'title']);

/** `viz:color` as the hex or rgba() text graphology uses. */
const colourOf = (a: Record<string, string>): string =>
  a.hex ?? (a.a !== undefined ? `rgba(${a.r},${a.g},${a.b},${a.a})` : `rgb(${a.r},${a.g},${a.b})`);

/**
 * GEXF 1.1–1.3, read as a stream (graphology-gexf's parser needs a DOM and took 4.6 s on the yeast
 * file through xmldom). Attribute values are cast by their declared type (lists: `[a, "b"]` or
 * `a|b`); an `<attvalue>` whose attribute is not declared fails the read with its line. Nested nodes
 * and `pid` make groups; `viz:position` is the position, other `viz:` values are kept as attributes.
 */
export const readGexf = (text: string, file: string): ImportedDataset => {
  const report = new ReportBuilder('gexf', file);
  const raw = rawGraph('gexf', file);
  const columns = { node: new Map<string, Column>(), edge: new Map<string, Column>() };
  let columnClass: 'node' | 'edge' = 'node';
  let column: Column | undefined;
  let directedDefault = false;
  const nodeStack: RawNode[] = [];
  let edge: RawEdge | undefined;
  const current = () => edge ?? nodeStack.at(-1);
  readXmlEvents(text, file, {
    open: (el) => {
      const a = el.attributes;
      const where = at(file, el.line);
      if (el.path.length === 0 && el.name !== 'gexf')
        throw new ReadError(where, `the root element is <${el.name}>, not <gexf>`);
      switch (el.name) {
        case 'graph':
          directedDefault = a.defaultedgetype === 'directed';
          if (a.mode === 'dynamic')
            report.problem('<graph mode="dynamic">', 'read as static: time spells are not kept', where);
          break;
        case 'attributes':
          columnClass = a.class === 'edge' ? 'edge' : 'node';
          break;
        case 'attribute':
          column = { title: a.title ?? a.id ?? '', type: a.type ?? 'string' };
          columns[columnClass].set(a.id ?? a.title ?? '', column);
          break;
        case 'node': {
          const parent = nodeStack.at(-1)?.id ?? a.pid;
          const node: RawNode = {
            id: a.id ?? '',
            attributes: new Map(),
            where,
            ...(parent ? { parent } : {}),
          };
          if (a.label !== undefined) node.attributes.set('label', a.label);
          nodeStack.push(node);
          raw.nodes.push(node);
          break;
        }
        case 'parent':
          if (nodeStack.at(-1) && a.for !== undefined) nodeStack.at(-1)!.parent ??= a.for;
          break;
        case 'edge': {
          const type = a.type ?? (directedDefault ? 'directed' : 'undirected');
          edge = {
            source: a.source ?? '',
            target: a.target ?? '',
            attributes: new Map(),
            where,
            directed: type === 'directed',
          };
          if (a.id !== undefined) edge.id = a.id;
          for (const key of ['label', 'kind'] as const)
            if (a[key] !== undefined) edge.attributes.set(key, a[key]);
          if (a.weight !== undefined) edge.attributes.set('weight', numberOrText(a.weight));
          raw.edges.push(edge);
          break;
        }
        case 'attvalue': {
          const target = current();
          if (!target) break;
          const id = a.for ?? a.id ?? '';
          const col = columns[edge ? 'edge' : 'node'].get(id);
          if (!col)
            throw new ReadError(
              where,
              `<attvalue for="${shorten(id)}"> names an attribute that no <attribute> declares`,
            );
          if (target.attributes.has(col.title)) {
            report.problem(
              `"${shorten(col.title)}"`,
              'given more than once (dynamic values?): the first is kept',
              where,
            );
            break;
          }
          const cast = castValue(col.type, a.value ?? '');
          if ('value' in cast) target.attributes.set(col.title, cast.value);
          else {
            target.attributes.set(col.title, cast.text);
            report.problem(
              `"${shorten(col.title)}" = "${shorten(cast.text, 30)}"`,
              `${cast.issue} (type ${col.type}): kept as text`,
              where,
            );
          }
          break;
        }
        case 'position':
          if (nodeStack.at(-1) && !edge) {
            nodeStack.at(-1)!.position = { x: a.x, y: a.y };
            if (a.z !== undefined) nodeStack.at(-1)!.attributes.set('z', numberOrText(a.z));
          }
          break;
        case 'color':
          current()?.attributes.set('color', colourOf(a));
          break;
        case 'size':
        case 'thickness':
        case 'shape':
          if (a.value !== undefined)
            current()?.attributes.set(el.name, el.name === 'shape' ? a.value : numberOrText(a.value));
          break;
      }
    },
    close: (el, content) => {
      if (el.name === 'default' && column) column.default = content;
      else if (META.has(el.name) && el.path.at(-1) === 'meta') raw.attributes.set(el.name, content.trim());
      else if (el.name === 'node') nodeStack.pop();
      else if (el.name === 'edge') edge = undefined;
      else if (el.name === 'attribute') column = undefined;
    },
  });
  for (const [kind, elements] of [
    ['node', raw.nodes],
    ['edge', raw.edges],
  ] as const)
    for (const col of columns[kind].values()) {
      if (col.default === undefined) continue;
      const cast = castValue(col.type, col.default);
      for (const e of elements)
        if (!e.attributes.has(col.title))
          e.attributes.set(col.title, 'value' in cast ? cast.value : cast.text);
    }
  raw.dialect = raw.attributes.get('creator') === KG_MARKER ? 'ours' : 'foreign';
  return assembleDataset(raw, report);
};
