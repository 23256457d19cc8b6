import { narrowerOf } from '../graphQueries';
import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';

/** What one compared entity has with one neighbour by one relation kind. */
export interface CompareLink {
  edges: string[];
  /** The strongest level among those edges' evidence (undefined without levels). */
  level?: string;
  evidence: number;
}

export interface CompareRow {
  relation: string;
  /** `out`: the compared entity is the relation's source; `in`: its target. */
  direction: 'out' | 'in';
  neighbour: string;
  /** One entry per compared entity, null where it lacks this neighbour. */
  links: (CompareLink | null)[];
  /** `shared`: every compared entity has it; `some`: more than one but not all; `unique`: just one. */
  share: 'shared' | 'some' | 'unique';
}

export interface Comparison {
  ids: string[];
  /** Whether narrower entities' relations count for each (preconditioning with hypoxic preconditioning, …). */
  narrower: boolean;
  /** The entities each compared entity stands for (itself, and its narrower ones when asked). */
  members: string[][];
  rows: CompareRow[];
}

const descendants = (graph: KnowledgeGraph, id: string): string[] => {
  const out = [id];
  for (let i = 0; i < out.length; i++)
    for (const n of narrowerOf(graph, out[i]!)) if (!out.includes(n)) out.push(n);
  return out;
};

/**
 * Two or three entities side by side: their neighbours by relation kind and direction, each with
 * the strongest level and the evidence count of the edges that link them, marked shared (all have
 * it), some (three compared, two have it) or unique. With `narrower`, an entity's narrower
 * entities' relations count for it. Rows come in vocabulary order of relations, shared first.
 */
export const compareNeighbourhoods = (
  graph: KnowledgeGraph,
  ids: readonly string[],
  options: { narrower?: boolean } = {},
): Comparison => {
  const v = vocabOf(graph);
  const members = ids.map((id) => (options.narrower ? descendants(graph, id) : [id]));
  const everyone = new Set(members.flat());
  const rows = new Map<string, CompareRow>();
  members.forEach((own, k) => {
    for (const m of own)
      graph.forEachEdge(m, (edge, a, source, target) => {
        const direction = source === m ? 'out' : 'in';
        const neighbour = direction === 'out' ? target : source;
        if (everyone.has(neighbour) && own.includes(neighbour)) return;
        const key = `${a.relation}|${direction}|${neighbour}`;
        let row = rows.get(key);
        if (!row)
          rows.set(
            key,
            (row = {
              relation: a.relation,
              direction,
              neighbour,
              links: ids.map(() => null),
              share: 'unique',
            }),
          );
        const link = (row.links[k] ??= { edges: [], evidence: 0 });
        if (link.edges.includes(edge)) return;
        link.edges.push(edge);
        link.evidence += a.evidence.length;
        const level = v.strongest([link.level, ...a.evidence.map((e) => e.level)]);
        if (level !== undefined) link.level = level;
      });
  });
  const order = new Map(v.relations.map((r, i) => [r.id, i]));
  const shareRank = { shared: 0, some: 1, unique: 2 };
  const list = [...rows.values()].map((row) => {
    const n = row.links.filter(Boolean).length;
    return { ...row, share: n === ids.length ? 'shared' : n > 1 ? 'some' : 'unique' } as CompareRow;
  });
  list.sort(
    (a, b) =>
      (order.get(a.relation) ?? order.size) - (order.get(b.relation) ?? order.size) ||
      (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
      shareRank[a.share] - shareRank[b.share] ||
      graph
        .getNodeAttribute(a.neighbour, 'label')
        .localeCompare(graph.getNodeAttribute(b.neighbour, 'label')),
  );
  return { ids: [...ids], narrower: !!options.narrower, members, rows: list };
};

/** Whether entities can be compared: two or three distinct entities of one type. */
export const comparable = (graph: KnowledgeGraph, ids: readonly string[]): string | undefined => {
  if (ids.length < 2 || ids.length > 3) return 'compare two or three entities';
  if (new Set(ids).size !== ids.length) return 'the entities must differ';
  const missing = ids.find((id) => !graph.hasNode(id));
  if (missing) return `no such entity: ${missing}`;
  const types = new Set(ids.map((id) => graph.getNodeAttribute(id, 'type')));
  if (types.size > 1) return 'the entities must be of one type';
  return undefined;
};
