import { assembleDataset } from '../assemble/assembleDataset';
import { rawGraph } from '../assemble/rawGraph';
import { ReportBuilder } from '../assemble/reportBuilder';
import { EVIDENCE_JSON } from '../dialect';
import { LIMITS } from '../limits';
import { at, ReadError } from '../readError';
import type { ImportedDataset, TextFile } from '../types';
import { columnOf, parseCsvTable, type CsvTable } from './csvTable';

const SOURCE = ['source', 'from'];
const TARGET = ['target', 'to'];
const ID = ['id', 'key', 'node', 'name'];
/** The first columns of our nodes.csv, which mark a file as ours. */
export const OUR_NODE_COLUMNS = ['id', 'label', 'type', 'aliases', 'description'];
const DIRECTIONS = new Set(['directed', 'undirected', 'mutual']);
/** Section lines of `kg export --format csv` printed to stdout. */
export const SECTION = { nodes: '# nodes.csv', edges: '# edges.csv' };

/** A text with both sections (`# nodes.csv`, `# edges.csv`) split into two tables' texts. */
const sections = (file: TextFile): { text: string; name: string; firstLine: number }[] => {
  const lines = file.text.split('\n');
  const edgesAt = lines.findIndex((l) => l.trim() === SECTION.edges);
  if (lines[0]?.trim() !== SECTION.nodes || edgesAt < 0) return [{ ...file, firstLine: 1 }];
  return [
    { text: lines.slice(1, edgesAt).join('\n'), name: file.name, firstLine: 2 },
    { text: lines.slice(edgesAt + 1).join('\n'), name: file.name, firstLine: edgesAt + 2 },
  ];
};

const isEdges = (t: CsvTable) => columnOf(t, SOURCE) >= 0 && columnOf(t, TARGET) >= 0;

/** Cells by column name, empty cells left out; `skip` columns too. */
const cellsOf = (table: CsvTable, cells: string[], skip: number[]) => {
  const attributes = new Map<string, unknown>();
  table.header.forEach((name, i) => {
    if (!skip.includes(i) && cells[i] !== undefined && cells[i] !== '') attributes.set(name, cells[i]);
  });
  return attributes;
};

/**
 * CSV: an edge list (Source, Target[, Id, Label, Type, Weight, …]), a node table (Id, Label, …) with
 * an edge table, or both sections of our stdout export in one file. Gephi's `Type` column
 * (Directed/Undirected) sets the direction; `x`/`y` columns are positions. Every value stays text.
 */
export const readCsv = (files: TextFile[]): ImportedDataset => {
  const name = files.map((f) => f.name).join(' + ');
  const report = new ReportBuilder('csv', name);
  const tables = files
    .flatMap(sections)
    .map((s) => parseCsvTable(s.text, s.name, LIMITS.edges, report, s.firstLine));
  const edges = tables.filter(isEdges);
  const nodes = tables.filter((t) => !isEdges(t));
  for (const t of nodes)
    if (columnOf(t, ID) < 0)
      throw new ReadError(
        at(t.file, 1),
        `the header names no Source and Target columns (an edge list) and no Id column (a node table): ${t.header.slice(0, 8).join(', ')}`,
      );
  if (edges.length > 1 || nodes.length > 1)
    throw new ReadError(name, 'give one node table and one edge table at most');
  const nodeTable = nodes[0];
  const edgeTable = edges[0];
  const ours =
    (nodeTable && OUR_NODE_COLUMNS.every((c, i) => nodeTable.header[i] === c)) ||
    (edgeTable && edgeTable.header.includes(EVIDENCE_JSON));
  const raw = rawGraph('csv', name, { dialect: ours ? 'ours' : 'foreign', nodesFromEdges: !nodeTable });
  if (!nodeTable) report.map('nodes', 'the Source and Target values', 'an edge list names its nodes');
  if (nodeTable) {
    const id = columnOf(nodeTable, ID);
    const x = columnOf(nodeTable, ['x']);
    const y = columnOf(nodeTable, ['y']);
    for (const row of nodeTable.rows)
      raw.nodes.push({
        id: row.cells[id] ?? '',
        attributes: cellsOf(nodeTable, row.cells, [id, ...(x >= 0 && y >= 0 ? [x, y] : [])]),
        where: row.where,
        ...(x >= 0 && y >= 0 && (row.cells[x] || row.cells[y])
          ? { position: { x: row.cells[x], y: row.cells[y] } }
          : {}),
      });
  }
  if (edgeTable) {
    const [source, target] = [columnOf(edgeTable, SOURCE), columnOf(edgeTable, TARGET)];
    const id = columnOf(edgeTable, ['id', 'key']);
    const type = columnOf(edgeTable, ['type']);
    const directions =
      type >= 0 && edgeTable.rows.every((r) => DIRECTIONS.has((r.cells[type] ?? '').toLowerCase()));
    if (directions)
      report.map(
        `column "${edgeTable.header[type]}"`,
        'edge direction',
        'its values are Directed/Undirected',
      );
    for (const row of edgeTable.rows) {
      const attributes = cellsOf(edgeTable, row.cells, [source, target, id, ...(directions ? [type] : [])]);
      const weight = attributes.get('Weight') ?? attributes.get('weight');
      if (typeof weight === 'string' && weight.trim() !== '' && Number.isFinite(Number(weight)))
        attributes.set(attributes.has('Weight') ? 'Weight' : 'weight', Number(weight));
      raw.edges.push({
        ...(id >= 0 && row.cells[id] ? { id: row.cells[id] } : {}),
        source: row.cells[source] ?? '',
        target: row.cells[target] ?? '',
        attributes,
        where: row.where,
        directed: !directions || (row.cells[type] ?? '').toLowerCase() === 'directed',
      });
    }
  }
  return assembleDataset(raw, report);
};
