import type { Vocabulary } from '../vocabulary/vocabulary';
import type { FoundPath } from './describePath';

/** `follow`: chains of claims first (every step along a relation's direction); `any`: direction aside. */
export type PathDirection = 'follow' | 'any';

interface Criterion {
  id: 'breaks' | 'steps' | 'mentions' | 'weakest' | 'hubs' | 'strength';
  /** Lower is better. */
  value: (p: FoundPath, v: Vocabulary) => number;
  /** Why a path with a worse value ranks later ("more steps"). */
  worse: (p: FoundPath, than: FoundPath, v: Vocabulary) => string;
}

const levelName = (v: Vocabulary, id: string | undefined) =>
  id ? (v.level(id)?.label ?? id).toLowerCase() : 'none';
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const CRITERIA: Record<Criterion['id'], Criterion> = {
  breaks: {
    id: 'breaks',
    value: (p) => p.breaks,
    worse: (p, q) => `more steps off the relations' direction (${p.breaks} against ${q.breaks})`,
  },
  steps: {
    id: 'steps',
    value: (p) => p.steps.length,
    worse: (p, q) => `longer (${plural(p.steps.length, 'step')} against ${q.steps.length})`,
  },
  mentions: {
    id: 'mentions',
    value: (p) => p.mentions,
    worse: (p, q) => `more steps through a shared mention only (${p.mentions} against ${q.mentions})`,
  },
  weakest: {
    id: 'weakest',
    value: (p, v) => -v.rank(p.weakest),
    worse: (p, q, v) =>
      `a weaker weakest link (${levelName(v, p.weakest)} against ${levelName(v, q.weakest)})`,
  },
  hubs: {
    id: 'hubs',
    value: (p) => p.hubs.length,
    worse: (p, q) => `through more hubs (${p.hubs.length} against ${q.hubs.length})`,
  },
  strength: {
    id: 'strength',
    value: (p) => -p.strength,
    worse: () => 'less strong evidence over all its steps',
  },
};

const ORDER: Record<PathDirection, Criterion['id'][]> = {
  follow: ['breaks', 'mentions', 'steps', 'weakest', 'hubs', 'strength'],
  any: ['mentions', 'steps', 'weakest', 'hubs', 'strength'],
};

/** The ranking rule in words, for the panel. */
export const rankingRule = (direction: PathDirection): string =>
  direction === 'follow'
    ? 'Chains that follow every relation’s direction come first, then paths with fewer steps off it; then fewer steps through a shared mention only, fewer steps, a stronger weakest link, fewer hubs, and stronger evidence over all.'
    : 'Paths over relations (in either direction) before paths through a shared mention; then fewer steps, a stronger weakest link, fewer hubs, and stronger evidence over all.';

const compare = (direction: PathDirection, v: Vocabulary) => (a: FoundPath, b: FoundPath) => {
  for (const id of ORDER[direction]) {
    const d = CRITERIA[id].value(a, v) - CRITERIA[id].value(b, v);
    if (d !== 0) return d;
  }
  return a.nodes.join('\u0000').localeCompare(b.nodes.join('\u0000'));
};

/** Paths in ranking order (a stable, total order: ties end alphabetically by their entities). */
export const rankPaths = (
  paths: readonly FoundPath[],
  direction: PathDirection,
  v: Vocabulary,
): FoundPath[] => [...paths].sort(compare(direction, v));

/** Why `path` ranks after `previous`: the first criterion that tells them apart, or that they tie. */
export const whyAfter = (
  path: FoundPath,
  previous: FoundPath,
  direction: PathDirection,
  v: Vocabulary,
): string => {
  for (const id of ORDER[direction]) {
    const c = CRITERIA[id];
    if (c.value(path, v) > c.value(previous, v)) return c.worse(path, previous, v);
  }
  return 'ties on every criterion (ordered by name)';
};

/** What a reader needs to judge a path: its length, direction, weakest link and hubs. */
export const pathFacts = (path: FoundPath, v: Vocabulary, label: (id: string) => string): string[] => {
  const against = path.breaks - path.mentions;
  const direction =
    path.breaks === 0
      ? 'follows every relation’s direction'
      : [
          against > 0 ? `${plural(against, 'step')} against a relation’s direction` : '',
          path.mentions > 0 ? `${plural(path.mentions, 'step')} only through a shared mention` : '',
        ]
          .filter(Boolean)
          .join(', ');
  return [
    plural(path.steps.length, 'step'),
    direction,
    ...(path.weakest ? [`weakest link: ${levelName(v, path.weakest)}`] : []),
    path.hubs.length === 0
      ? 'no hub'
      : `through ${plural(path.hubs.length, 'hub')}: ${path.hubs.map((h) => `${label(h.id)} (${h.relations} links)`).join(', ')}`,
  ];
};
