import { LIMITS } from '../limits';
import { ReadError, shorten } from '../readError';
import type { DatasetNode, DatasetPositions } from '../types';
import { boundedAttributes } from './attributes';
import type { RawGraph, RawNode } from './rawGraph';
import type { ReportBuilder } from './reportBuilder';

export interface UniqueNode extends RawNode {
  /** Set once decoded. */
  node?: DatasetNode;
}

const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/**
 * The file's nodes, one per id: a node declared twice is merged (attributes joined, the first value
 * kept where they differ, reported); nodes without an id or with an overlong one are dropped;
 * more than `LIMITS.nodes` stops the read.
 */
export const uniqueNodes = (raw: RawGraph, report: ReportBuilder): Map<string, UniqueNode> => {
  const nodes = new Map<string, UniqueNode>();
  for (const n of raw.nodes) {
    if (n.id === '') {
      report.drop('a node without an id', 'nothing could refer to it', n.where);
      continue;
    }
    if (n.id.length > LIMITS.idChars) {
      report.drop(`node "${shorten(n.id)}"`, `an id longer than ${LIMITS.idChars} characters`, n.where);
      continue;
    }
    const attributes = boundedAttributes(n.attributes, `node "${shorten(n.id)}"`, n.where, report);
    const first = nodes.get(n.id);
    if (!first) {
      if (nodes.size >= LIMITS.nodes)
        throw new ReadError(
          n.where,
          `more than ${LIMITS.nodes} nodes; this explorer reads up to ${LIMITS.nodes}`,
        );
      nodes.set(n.id, { ...n, attributes });
      continue;
    }
    const differ: string[] = [];
    for (const [key, value] of attributes) {
      if (!first.attributes.has(key)) first.attributes.set(key, value);
      else if (!sameValue(first.attributes.get(key), value)) differ.push(key);
    }
    first.position ??= n.position;
    first.parent ??= n.parent;
    report.merge(
      `node "${shorten(n.id)}"`,
      differ.length > 0
        ? `declared again; attributes joined, the first value kept for ${differ.map((k) => `"${shorten(k, 30)}"`).join(', ')}`
        : 'declared again; attributes joined',
      `${first.where} and ${n.where}`,
    );
  }
  return nodes;
};

const coordinate = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;

/** Finite positions only; a NaN or infinite coordinate drops that node's position (reported). */
export const collectPositions = (
  nodes: Map<string, UniqueNode>,
  report: ReportBuilder,
): DatasetPositions | undefined => {
  const positions = Object.create(null) as DatasetPositions;
  let count = 0;
  let missing = 0;
  for (const [id, n] of nodes) {
    if (!n.position) {
      missing++;
      continue;
    }
    const x = coordinate(n.position.x);
    const y = coordinate(n.position.y);
    if (Number.isFinite(x) && Number.isFinite(y)) {
      positions[id] = { x, y };
      count++;
    } else {
      missing++;
      report.drop(
        `position of node "${shorten(id)}"`,
        `(${shorten(n.position.x, 20)}, ${shorten(n.position.y, 20)}) is not a pair of finite numbers`,
        n.where,
      );
    }
  }
  report.read.positions = count;
  if (count === 0) return undefined;
  if (missing > 0)
    report.problem(
      `${missing} node(s) without a position`,
      'the caller places them (layoutForImport)',
      report.file,
    );
  return positions;
};

const MARKUP = /<\s*[a-z!/?][^>]*>/i;

/** Overlong labels shortened for display (the full text kept in `original.label`); markup reported. */
export const checkLabel = (id: string, node: DatasetNode, where: string, report: ReportBuilder): void => {
  if (node.label.length > LIMITS.labelChars) {
    node.original = Object.assign(Object.create(null) as Record<string, unknown>, node.original ?? {});
    node.original.label = node.label;
    node.label = `${node.label.slice(0, 200)}…`;
    report.problem(
      `label of node "${shorten(id)}"`,
      `longer than ${LIMITS.labelChars} characters: shortened for display, the full text kept in original.label`,
      where,
    );
  }
  if (MARKUP.test(node.label))
    report.problem(
      `label of node "${shorten(id)}"`,
      'contains markup: kept as plain text, never rendered as HTML',
      where,
    );
};
