import { stepSpotlight } from '../../src/model/storyView';
import type { StoryStep } from '../../src/model/storySchema';
import type { KnowledgeGraph } from '../../src/model/types';
import { vocabOf } from '../../src/model/vocabOf';

/**
 * The entities a story step is about, from the story file alone: what it focuses, the ends of
 * the relations it shows, what it selects, its path's ends, its gap cell, its quiz's subject.
 */
export const stepKeys = (graph: KnowledgeGraph, step: StoryStep): string[] => {
  const v = step.view;
  const ids = new Set(stepSpotlight(graph, v).filter((id) => graph.hasNode(id)));
  for (const id of v.path ?? []) ids.add(id);
  for (const id of v.gaps?.cell ?? []) ids.add(id);
  if (v.depth && v.focus?.length === 1) ids.add(v.focus[0]!);
  const hidden = step.quiz?.hide;
  if (hidden && graph.hasEdge(hidden)) ids.add(graph.source(hidden)).add(graph.target(hidden));
  return [...ids].filter((id) => graph.hasNode(id));
};

/** An entity and its neighbours along any relation (references, which are not drawn, left out). */
export const neighbourhoodOf = (graph: KnowledgeGraph, id: string): string[] => {
  const references = vocabOf(graph).referenceType;
  return [
    id,
    ...new Set(graph.neighbors(id).filter((n) => graph.getNodeAttribute(n, 'type') !== references)),
  ];
};
