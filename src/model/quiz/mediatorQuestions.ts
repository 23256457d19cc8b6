import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';
import { entitiesOfType, labelOf, linkText, linked } from './labels';
import { shuffled } from './pick';
import type { QuestionSpec } from './questionTypes';

/** The types a mediator may have: the gap map's chain types, else every drawn type. */
export const mediatorTypes = (graph: KnowledgeGraph): string[] => {
  const v = vocabOf(graph);
  return v.schema.gaps?.viaTypes?.length ? v.schema.gaps.viaTypes : v.drawnTypes.map((t) => t.id);
};

/** Entities M of `type` with X → M → Y in the graph (any relations, in the link's direction). */
export const mediatorsOf = (graph: KnowledgeGraph, x: string, y: string, type: string): string[] =>
  graph
    .outNeighbors(x)
    .filter((m) => m !== y && graph.getNodeAttribute(m, 'type') === type && graph.hasEdge(m, y));

/**
 * "Which factor mediates X → Y?" for a link X → Y that the graph also joins through an entity M
 * of a mediator type (X → M → Y). Distractors are entities of M's type that touch X or Y at
 * most on one side, so that none is linked to both in any direction (never a true answer).
 */
export const mediatorQuestion = (
  graph: KnowledgeGraph,
  edge: string,
  type: string,
): QuestionSpec | undefined => {
  const x = graph.source(edge);
  const y = graph.target(edge);
  const answers = mediatorsOf(graph, x, y, type);
  if (answers.length === 0) return undefined;
  const answer = shuffled(answers, edge, (m) => m)[0]!;
  const wrong = entitiesOfType(graph, type).filter(
    (d) => d !== x && d !== y && !(linked(graph, x, d) && linked(graph, d, y)),
  );
  // Plausible first: those linked to one end of the link, then the rest.
  const near = wrong.filter((d) => linked(graph, x, d) || linked(graph, d, y));
  const far = wrong.filter((d) => !near.includes(d));
  const distractors = [...shuffled(near, edge, (d) => d), ...shuffled(far, edge, (d) => d)]
    .slice(0, 3)
    .map((d) => labelOf(graph, d));
  if (distractors.length === 0) return undefined;
  const typeLabel = vocabOf(graph).typeLabel(type).toLowerCase();
  return {
    kind: 'mediator',
    prompt: `Which ${typeLabel} mediates ${linkText(graph, edge)}?`,
    answer: labelOf(graph, answer),
    distractors,
    edges: [graph.edges(x, answer)[0]!, graph.edges(answer, y)[0]!, edge],
  };
};

/** Mediator questions about the given links (or every link), one per link at most. */
export const mediatorQuestions = (graph: KnowledgeGraph, edges?: readonly string[]): QuestionSpec[] => {
  const out: QuestionSpec[] = [];
  for (const edge of edges ?? graph.edges()) {
    if (!graph.hasEdge(edge)) continue;
    for (const type of mediatorTypes(graph)) {
      const q = mediatorQuestion(graph, edge, type);
      if (q) {
        out.push(q);
        break;
      }
    }
  }
  return out;
};
