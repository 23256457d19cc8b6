/** Pure edits of the lecturer's drafts: each returns a new list (the store keeps the undo history). */
import { uniqueDraftId } from '../model/draftIds';
import type { Story, StoryStep } from '../model/storySchema';

export { uniqueDraftId } from '../model/draftIds';

/** Ids in use: the caller's (shipped stories, drafts) and, whatever the caller passed, the drafts' own. */
const inUse = (drafts: readonly Story[], taken: ReadonlySet<string>) =>
  new Set([...taken, ...drafts.map((d) => d.id)]);

export const createDraft = (
  drafts: readonly Story[],
  taken: ReadonlySet<string>,
  title: string,
  first: StoryStep,
): Story[] => [
  ...drafts,
  {
    id: uniqueDraftId(title, inUse(drafts, taken)),
    title,
    audience: 'My class',
    summary: 'Write a one-line summary.',
    steps: [first],
  },
];

const mapStory = (drafts: readonly Story[], id: string, edit: (s: Story) => Story): Story[] =>
  drafts.map((s) => (s.id === id ? edit(s) : s));

export const updateStory = (
  drafts: readonly Story[],
  id: string,
  patch: Partial<Pick<Story, 'title' | 'audience' | 'summary'>>,
) => mapStory(drafts, id, (s) => ({ ...s, ...patch }));

export const addStep = (drafts: readonly Story[], id: string, step: StoryStep) =>
  mapStory(drafts, id, (s) => ({ ...s, steps: [...s.steps, step] }));

export const updateStep = (drafts: readonly Story[], id: string, index: number, patch: Partial<StoryStep>) =>
  mapStory(drafts, id, (s) => ({
    ...s,
    steps: s.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)),
  }));

export const moveStep = (drafts: readonly Story[], id: string, index: number, by: -1 | 1) =>
  mapStory(drafts, id, (s) => {
    const to = index + by;
    if (to < 0 || to >= s.steps.length) return s;
    const steps = [...s.steps];
    [steps[index], steps[to]] = [steps[to]!, steps[index]!];
    return { ...s, steps };
  });

export const duplicateStep = (drafts: readonly Story[], id: string, index: number) =>
  mapStory(drafts, id, (s) => ({
    ...s,
    steps: [...s.steps.slice(0, index + 1), structuredClone(s.steps[index]!), ...s.steps.slice(index + 1)],
  }));

/** Deleting the last step deletes the story. */
export const deleteStep = (drafts: readonly Story[], id: string, index: number): Story[] => {
  const story = drafts.find((s) => s.id === id);
  if (story && story.steps.length === 1) return deleteStory(drafts, id);
  return mapStory(drafts, id, (s) => ({ ...s, steps: s.steps.filter((_, i) => i !== index) }));
};

export const deleteStory = (drafts: readonly Story[], id: string): Story[] =>
  drafts.filter((s) => s.id !== id);

/** Adds an imported story as a draft, renaming its id if it is taken (by a shipped story or a draft). */
export const importDraft = (drafts: readonly Story[], taken: ReadonlySet<string>, story: Story): Story[] => {
  const ids = inUse(drafts, taken);
  const id = ids.has(story.id) || !story.id.startsWith('draft-') ? uniqueDraftId(story.title, ids) : story.id;
  return [...drafts, { ...story, id }];
};
