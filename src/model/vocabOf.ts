import type { KnowledgeGraph } from './types';
import { vocabularyOf, type Vocabulary } from './vocabulary/vocabulary';

/** The vocabulary of the dataset a graph belongs to (its schema travels in the graph's attributes). */
export const vocabOf = (graph: KnowledgeGraph): Vocabulary => vocabularyOf(graph.getAttribute('schema'));

/** The id of a reference entity (`paper/72`) in a graph whose schema has a reference type. */
export const referenceId = (graph: KnowledgeGraph, ref: number): string =>
  `${vocabOf(graph).referenceType ?? 'reference'}/${ref}`;
