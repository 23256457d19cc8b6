import type { KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';
import { claimText } from './labels';
import { shuffled } from './pick';
import type { QuestionSpec } from './questionTypes';

/**
 * "What is the strongest evidence level behind this link?" for links whose evidence has levels.
 * The answer is the strongest level of its items; every other level is wrong by definition.
 * Distractors are the weaker levels the link also has first (plausible), then the others.
 */
export const levelQuestion = (graph: KnowledgeGraph, edge: string): QuestionSpec | undefined => {
  const v = vocabOf(graph);
  if (v.levels.length < 2) return undefined;
  const evidence = graph.getEdgeAttribute(edge, 'evidence');
  const strongest = v.strongest(evidence.map((i) => i.level));
  if (!strongest) return undefined;
  const present = new Set(evidence.map((i) => i.level));
  const others = v.levels.filter((l) => l.id !== strongest);
  const distractors = [
    ...others.filter((l) => present.has(l.id)),
    ...shuffled(
      others.filter((l) => !present.has(l.id)),
      edge,
      (l) => l.id,
    ),
  ]
    .slice(0, 3)
    .map((l) => l.label);
  return {
    kind: 'strongest-level',
    prompt: `What is the strongest evidence level behind this link: ${claimText(graph, edge)}?`,
    answer: v.level(strongest)!.label,
    distractors,
    edges: [edge],
  };
};

/** Level questions, links with evidence at several levels first (they make one think). */
export const levelQuestions = (graph: KnowledgeGraph, edges?: readonly string[]): QuestionSpec[] => {
  const candidates = (edges ?? graph.edges()).filter((e) => graph.hasEdge(e));
  const levelsOn = (e: string) => new Set(graph.getEdgeAttribute(e, 'evidence').map((i) => i.level)).size;
  return [...candidates]
    .sort((a, b) => levelsOn(b) - levelsOn(a))
    .map((e) => levelQuestion(graph, e))
    .filter((q): q is QuestionSpec => q !== undefined);
};
