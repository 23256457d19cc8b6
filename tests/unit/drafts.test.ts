import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, loadDrafts, saveDrafts, STORAGE_KEY } from '../../src/io/draftStorage';
import type { Story } from '../../src/model/storySchema';
import {
  addStep,
  createDraft,
  deleteStep,
  duplicateStep,
  importDraft,
  moveStep,
} from '../../src/state/draftEdits';
import { createViewStore } from '../../src/state/store';
import { tinyDataset } from '../support/tinyGraph';
import { MemoryStorage } from '../support/memoryStorage';

const step = (title: string) => ({ title, caption: 'c', view: { focus: ['factor/vegf'] } });
const story: Story = {
  id: 'draft-mine',
  title: 'Mine',
  audience: 'Class',
  summary: 's',
  steps: [step('one'), step('two')],
};

describe('saved drafts', () => {
  it('round-trip through storage in the current format', () => {
    const storage = new MemoryStorage();
    expect(saveDrafts(storage, [story])).toBeUndefined();
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(CURRENT_VERSION);
    expect(loadDrafts(storage)).toEqual({ drafts: [story], damaged: [], holdSaves: false, notices: [] });
  });

  it('migrate version 1 stories', () => {
    const storage = new MemoryStorage();
    const { audience: _a, summary: _s, ...old } = story;
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, stories: [old] }));
    const loaded = loadDrafts(storage);
    expect(loaded.damaged).toEqual([]);
    expect(loaded.drafts[0]).toMatchObject({ id: 'draft-mine', audience: 'Not stated' });
  });

  it.each([
    ['damaged data', '{"version": 2, "stories": [', /the saved data is damaged \(not JSON\)/],
    [
      'a newer format',
      JSON.stringify({ version: 9, stories: [story] }),
      /written by a newer version of this app \(format 9/,
    ],
    ['an unknown shape', JSON.stringify(['x']), /not in a format this app understands/],
  ])('never drop %s silently: they say so and keep a copy', (_name, raw, message) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const loaded = loadDrafts(storage);
    expect(loaded.drafts).toEqual([]);
    expect(loaded.damaged).toHaveLength(1);
    expect(loaded.damaged[0]!.reason).toMatch(message);
    expect(loaded.damaged[0]!.text).toBe(raw);
    const backup = storage.keys().find((k) => k.startsWith(`${STORAGE_KEY}:backup-`))!;
    expect(storage.getItem(backup)).toBe(raw);
  });

  it('keep the readable stories and set the rest aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 2, stories: [story, { title: 'Broken', steps: [] }] }),
    );
    const loaded = loadDrafts(storage);
    expect(loaded.drafts).toEqual([story]);
    expect(loaded.damaged).toMatchObject([{ title: 'Broken', reason: expect.stringMatching(/^id: /) }]);
  });
});

describe('editing drafts', () => {
  it('creates, adds, reorders, duplicates and deletes steps', () => {
    let drafts = createDraft([], new Set(), 'Heart & lungs', step('a'));
    const id = drafts[0]!.id;
    expect(id).toBe('draft-heart-lungs');
    drafts = addStep(drafts, id, step('b'));
    drafts = moveStep(drafts, id, 1, -1);
    expect(drafts[0]!.steps.map((s) => s.title)).toEqual(['b', 'a']);
    drafts = duplicateStep(drafts, id, 0);
    expect(drafts[0]!.steps.map((s) => s.title)).toEqual(['b', 'b', 'a']);
    drafts = deleteStep(drafts, id, 2);
    expect(drafts[0]!.steps).toHaveLength(2);
  });

  it('renames an imported story whose id is taken', () => {
    const drafts = importDraft([story], new Set([story.id]), story);
    expect(drafts.map((d) => d.id)).toEqual(['draft-mine', 'draft-mine-2']);
  });

  it('undoes destructive edits in the store', () => {
    const store = createViewStore(tinyDataset());
    store.getState().setDrafts([story]);
    store.getState().setDrafts(deleteStep(store.getState().drafts, story.id, 0), { undoable: true });
    expect(store.getState().drafts[0]!.steps).toHaveLength(1);
    store.getState().undoDrafts();
    expect(store.getState().drafts[0]!.steps).toHaveLength(2);
  });
});
