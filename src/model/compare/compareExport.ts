import type { StoryStep } from '../storySchema';
import type { KnowledgeGraph } from '../types';
import type { Comparison } from './compareNeighbourhoods';

const csvField = (value: string | number): string => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One line per (relation kind, direction, neighbour): who has it, at which level, with how much evidence. */
export const comparisonCsv = (graph: KnowledgeGraph, c: Comparison): string => {
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const header = [
    'relation',
    'direction',
    'neighbour',
    'neighbour_label',
    'neighbour_type',
    'share',
    ...c.ids.flatMap((id) => [`${id}_level`, `${id}_evidence`]),
  ];
  const lines = c.rows.map((r) =>
    [
      r.relation,
      r.direction,
      r.neighbour,
      label(r.neighbour),
      graph.getNodeAttribute(r.neighbour, 'type'),
      r.share,
      ...r.links.flatMap((l) => (l ? [l.level ?? '', l.evidence] : ['', 0])),
    ]
      .map(csvField)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
};

/** `kg compare --format json`: the comparison by relation kind, shared and unique neighbours listed. */
export const comparisonJson = (graph: KnowledgeGraph, c: Comparison) => ({
  entities: c.ids.map((id, k) => ({ id, label: graph.getNodeAttribute(id, 'label'), members: c.members[k] })),
  narrower: c.narrower,
  relations: [...new Set(c.rows.map((r) => `${r.relation}|${r.direction}`))].map((key) => {
    const [relation, direction] = key.split('|') as [string, 'out' | 'in'];
    const rows = c.rows.filter((r) => r.relation === relation && r.direction === direction);
    const entry = (r: (typeof rows)[number]) => ({
      id: r.neighbour,
      label: graph.getNodeAttribute(r.neighbour, 'label'),
      by: Object.fromEntries(
        r.links.flatMap((l, k) =>
          l ? [[c.ids[k]!, { level: l.level ?? null, evidence: l.evidence, edges: l.edges }]] : [],
        ),
      ),
    });
    return {
      relation,
      direction,
      shared: rows.filter((r) => r.share === 'shared').map(entry),
      ...(c.ids.length > 2 ? { some: rows.filter((r) => r.share === 'some').map(entry) } : {}),
      unique: Object.fromEntries(
        c.ids.map((id, k) => [id, rows.filter((r) => r.share === 'unique' && r.links[k]).map(entry)]),
      ),
    };
  }),
});

/** The comparison as a story step (the shipped step format): the entities, what they share, drawn on the canvas. */
export const comparisonStep = (graph: KnowledgeGraph, c: Comparison): StoryStep => {
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const shared = c.rows.filter((r) => r.share === 'shared');
  const unique = c.ids.map((_id, k) => c.rows.filter((r) => r.share === 'unique' && r.links[k]).length);
  const names = c.ids.map(label);
  const sharedNames = [...new Set(shared.map((r) => label(r.neighbour)))].slice(0, 6);
  return {
    title: `${names.join(' vs ')}`,
    caption:
      `${names.join(' and ')} share ${new Set(shared.map((r) => r.neighbour)).size} neighbours` +
      (sharedNames.length > 0
        ? ` (${sharedNames.join(', ')}${shared.length > sharedNames.length ? ', …' : ''})`
        : '') +
      `; ${c.ids.map((id, k) => `${unique[k]} links only ${label(id)} has`).join(', ')}.`,
    view: {
      focus: [...c.ids, ...new Set(shared.map((r) => r.neighbour))],
      edges: [...new Set(shared.flatMap((r) => r.links.flatMap((l) => l?.edges ?? [])))],
    },
  };
};
