import type { Story, StoryStep } from '../storySchema';
import type { EvidenceItem, KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';
import { claimText } from '../quiz/labels';

export const REPLAY_STORY_ID = 'the-review-section-by-section';
/** At most this many new claims per step (a long section becomes several steps). */
export const CLAIMS_PER_STEP = 12;

interface Arrival {
  edge: string;
  /** Index of the section in the schema's reading order, then paragraph and sentence. */
  order: [number, number, number];
  section: string;
}

const before = (a: Arrival['order'], b: Arrival['order']) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Where each relation first appears in the review: its earliest item by section order and position. */
const arrivals = (graph: KnowledgeGraph, sectionIndex: Map<string, number>): Arrival[] => {
  const out: Arrival[] = [];
  graph.forEachEdge((edge, a) => {
    let first: Arrival | undefined;
    for (const item of a.evidence as EvidenceItem[]) {
      const index = sectionIndex.get(item.section);
      if (index === undefined) continue;
      const order: Arrival['order'] = [index, item.at?.p ?? 0, item.at?.s ?? 0];
      if (!first || before(order, first.order) < 0) first = { edge, order, section: item.section };
    }
    if (first) out.push(first);
  });
  return out.sort((x, y) => before(x.order, y.order) || (x.edge < y.edge ? -1 : 1));
};

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/**
 * A generated story that replays the review's argument: one or more steps per section of the
 * schema, in its reading order, each showing the sections so far (entities no shown relation
 * touches hidden) and bringing forward the relations that section adds, listed in its caption.
 * Built from the schema's sections and the items' positions (`at`); none without an outline.
 */
export const replayStory = (graph: KnowledgeGraph): Story | undefined => {
  if (!graph.getAttribute('outline')) return undefined;
  const v = vocabOf(graph);
  const sectionIndex = new Map(v.sections.map((s, i) => [s.id, i]));
  const all = arrivals(graph, sectionIndex);
  const seen = new Set<string>();
  const steps: StoryStep[] = [];
  const shown: string[] = [];
  for (const section of v.sections) {
    const own = all.filter((a) => a.section === section.id).map((a) => a.edge);
    const restated = own.length
      ? []
      : graph
          .filterEdges((_e, a) => a.evidence.some((i) => i.section === section.id))
          .slice(0, CLAIMS_PER_STEP);
    if (own.length === 0 && restated.length === 0) continue;
    shown.push(section.id);
    const parts = own.length ? chunks(own, CLAIMS_PER_STEP) : [restated];
    parts.forEach((edges, k) => {
      const fresh = [...new Set(edges.flatMap((e) => [graph.source(e), graph.target(e)]))].filter(
        (id) => !seen.has(id),
      );
      fresh.forEach((id) => seen.add(id));
      const part = parts.length > 1 ? ` (${k + 1} of ${parts.length})` : '';
      const list = edges.map((e) => `[${claimText(graph, e)}](${e})`).join(' · ');
      steps.push({
        title: `${section.id === section.title ? section.title : `§ ${section.id} ${section.title}`}${part}`,
        caption: own.length
          ? `This part adds ${edges.length} claim${edges.length === 1 ? '' : 's'} and ${fresh.length} entit${fresh.length === 1 ? 'y' : 'ies'}: ${list}`
          : `Nothing new here: this part restates ${edges.length} claim${edges.length === 1 ? '' : 's'} made earlier: ${list}`,
        notes: `The graph so far holds what ${shown.length === 1 ? 'this section says' : `the ${shown.length} sections up to here say`}; the relations this step adds are highlighted.`,
        view: {
          sections: [...shown],
          hideIsolated: true,
          edges,
          ...(fresh.length ? { focus: fresh } : {}),
        },
      });
    });
  }
  if (steps.length === 0) return undefined;
  const source = v.schema.source?.short ?? v.schema.title;
  return {
    id: REPLAY_STORY_ID,
    title: `The argument of ${source}, section by section`,
    audience: 'Anyone about to read the review, or who has just read it',
    summary: `A replay of the review in its own order: each step shows the graph as it stands after a section, and highlights and lists the claims that section adds (${steps.length} steps, generated from the graph).`,
    steps,
  };
};
