import type { Story } from '../storySchema';
import type { KnowledgeGraph } from '../types';
import { replayStory } from './replayStory';

/** The stories a dataset offers: its own, then the generated replay of its source (when it has an outline). */
export const storiesOf = (graph: KnowledgeGraph, stories: readonly Story[]): Story[] => {
  const replay = replayStory(graph);
  return replay && !stories.some((s) => s.id === replay.id) ? [...stories, replay] : [...stories];
};
