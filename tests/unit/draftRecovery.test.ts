import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_BUDGET } from '../../src/io/draftBackups';
import { PLACEHOLDERS, repairDamaged } from '../../src/io/draftRepair';
import { BACKUP_PREFIX, loadDrafts, saveDrafts, STORAGE_KEY } from '../../src/io/draftStorage';
import type { Story } from '../../src/model/storySchema';
import { discardValue, repairValue, useDraftRecovery } from '../../src/state/draftRecovery';
import { addStep, importDraft } from '../../src/state/draftEdits';
import { createViewStore } from '../../src/state/store';
import { tinyDataset } from '../support/tinyGraph';
import { startDraftPersistence } from '../../src/state/useDraftPersistence';
import { RecoverStoriesNotice } from '../../src/view/story/RecoverStories';
import { MemoryStorage } from '../support/memoryStorage';

/** The store of the dataset on screen, as the app makes one per dataset. */
const useViewStore = createViewStore(tinyDataset());

const step = (title: string, caption = 'c') => ({ title, caption, view: { focus: ['factor/vegf'] } });
const story = (id: string, title = 'Mine'): Story => ({
  id,
  title,
  audience: 'Class',
  summary: 's',
  steps: [step('one'), step('two')],
});
const envelope = (stories: unknown[], version: unknown = 2) => JSON.stringify({ version, stories });
const seeded = (raw: string, quota?: number) => {
  const storage = new MemoryStorage(quota);
  storage.setItem(STORAGE_KEY, raw);
  return storage;
};
const backups = (storage: MemoryStorage) => storage.keys().filter((k) => k.startsWith(BACKUP_PREFIX));

describe('saved stories are read story by story (the probe cases of #16)', () => {
  it('[null] among stories: the others load, the bad one is kept and reported, nothing throws', () => {
    const storage = seeded(envelope([null, story('draft-mine')]));
    const loaded = loadDrafts(storage);
    expect(loaded.drafts.map((d) => d.id)).toEqual(['draft-mine']);
    expect(loaded.damaged).toMatchObject([
      { title: '(untitled)', reason: 'it is not a story (null)', held: false },
    ]);
    expect(JSON.parse(storage.getItem(backups(storage)[0]!)!)).toEqual({ version: 2, stories: [null] });
    expect(repairDamaged(loaded.damaged[0]!.text, new Set())).toBeUndefined();
  });

  it.each([-1e300, -1e7, -1, 0, 2.5, 1e300, '2', null])(
    'an impossible version (%s) is rejected at once',
    (version) => {
      const started = performance.now();
      const loaded = loadDrafts(seeded(envelope([story('draft-mine')], version)));
      expect(performance.now() - started).toBeLessThan(200);
      expect(loaded.drafts).toEqual([]);
      expect(loaded.damaged[0]!.reason).toMatch(/is not a version this app ever wrote/);
    },
  );

  it('an emptied caption is never saved; a stored one is repaired with a placeholder to edit', () => {
    const storage = seeded(envelope([story('draft-mine')]));
    const before = storage.getItem(STORAGE_KEY);
    const emptied = { ...story('draft-mine'), steps: [step('one', '   ')] };
    expect(saveDrafts(storage, [emptied])).toMatch(/not saved: “Mine”: steps\.0\.caption: must not be empty/);
    expect(storage.getItem(STORAGE_KEY)).toBe(before);

    const loaded = loadDrafts(seeded(envelope([emptied])));
    expect(loaded.drafts).toEqual([]);
    const repaired = repairDamaged(loaded.damaged[0]!.text, new Set(['draft-mine']))!;
    expect(repaired.lossless).toBe(true);
    expect(repaired.stories[0]).toMatchObject({
      id: 'draft-mine-2',
      steps: [{ caption: PLACEHOLDERS.caption }],
    });
  });

  it('one backup per distinct damaged value, however often it is loaded', () => {
    const storage = seeded(envelope([null, { title: 'Broken', steps: [] }, story('draft-mine')]));
    for (let i = 0; i < 5; i++) loadDrafts(storage);
    expect(backups(storage)).toHaveLength(2);
    expect(
      loadDrafts(storage)
        .damaged.map((d) => d.title)
        .sort(),
    ).toEqual(['(untitled)', 'Broken']);
  });

  it('backups stay within their budget: a value too big to copy is held where it is, not copied', () => {
    const huge = envelope([{ title: 'Huge', notes: 'x'.repeat(BACKUP_BUDGET) }]);
    const storage = seeded(huge);
    const loaded = loadDrafts(storage);
    expect(backups(storage)).toEqual([]);
    expect(loaded.holdSaves).toBe(true);
    expect(loaded.damaged).toMatchObject([{ title: 'Huge', held: true }]);
  });

  it('backups written by older versions (backup-<time>) are listed, so they can be opened at last', () => {
    const storage = seeded(envelope([story('draft-mine')]));
    storage.setItem(`${BACKUP_PREFIX}2024-01-01T00-00-00-000Z`, envelope([{ title: 'Old', steps: [] }]));
    expect(loadDrafts(storage).damaged).toMatchObject([
      { title: 'Old', reason: expect.stringMatching(/^id:/) },
    ]);
  });

  it('stories sharing an id are told apart on load and on import', () => {
    const loaded = loadDrafts(seeded(envelope([story('draft-mine', 'A'), story('draft-mine', 'B')])));
    expect(loaded.drafts.map((d) => d.id)).toEqual(['draft-mine', 'draft-b']);
    expect(loaded.notices[0]).toMatch(/same id; renamed .*: B\./);
    const imported = importDraft([story('draft-mine')], new Set(), story('draft-mine'));
    expect(imported.map((d) => d.id)).toEqual(['draft-mine', 'draft-mine-2']);
  });
});

describe('saving never overwrites what it reported as kept', () => {
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    useViewStore.setState({ drafts: [], draftUndo: [], notices: [] });
    useDraftRecovery.setState({ damaged: [], repaired: {}, holdSaves: false, saveError: null, mounted: 0 });
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });
  const edit = () => {
    const { drafts, setDrafts } = useViewStore.getState();
    setDrafts(addStep(drafts, drafts[0]!.id, step('three')));
    vi.advanceTimersByTime(300);
  };

  it('storage full: the damaged original stays, edits stay in memory, and saving resumes once it is resolved', () => {
    const raw = envelope([story('draft-mine'), { title: 'Broken', steps: [] }]);
    // Room for the drafts to grow a little, not for a copy of the broken story.
    const storage = seeded(raw, raw.length + STORAGE_KEY.length + 80);
    ({ stop } = startDraftPersistence(storage, useViewStore));
    expect(useDraftRecovery.getState()).toMatchObject({
      holdSaves: true,
      damaged: [{ title: 'Broken', held: true }],
    });
    edit();
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(useViewStore.getState().drafts[0]!.steps).toHaveLength(3);

    discardValue(useDraftRecovery.getState().damaged[0]!.key);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!) as { stories: Story[] };
    expect(saved.stories.map((s) => s.steps.length)).toEqual([3]);
  });

  it('a save the browser refuses is reported once, persistently, and the drafts stay in memory', () => {
    const raw = envelope([story('draft-mine')]);
    const storage = seeded(raw, raw.length + STORAGE_KEY.length + 10);
    ({ stop } = startDraftPersistence(storage, useViewStore));
    edit();
    expect(useDraftRecovery.getState().saveError).toMatch(
      /could not be saved in this browser .*kept in this tab/,
    );
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(useViewStore.getState().drafts[0]!.steps).toHaveLength(3);
    // Said once (among the notices too, while no RecoverStories is mounted), not at every keystroke.
    edit();
    expect(useViewStore.getState().notices.map((n) => n.text)).toEqual([
      expect.stringMatching(/could not be saved in this browser/),
    ]);
  });

  it('a repaired story joins the drafts; a lossless repair removes the damaged copy, and the save clears it', () => {
    const broken = { ...story('draft-broken', 'Broken'), title: '' };
    const storage = seeded(envelope([story('draft-mine'), broken]));
    ({ stop } = startDraftPersistence(storage, useViewStore));
    const [value] = useDraftRecovery.getState().damaged;
    expect(repairValue(value!.key, ['where-mscs-come-from'], useViewStore)?.lossless).toBe(true);
    expect(useViewStore.getState().drafts.map((d) => d.title)).toEqual(['Mine', PLACEHOLDERS.title]);
    expect(useDraftRecovery.getState().damaged).toEqual([]);
    expect(backups(storage)).toEqual([]);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!) as { stories: Story[] };
    expect(saved.stories.map((s) => s.id)).toEqual(['draft-mine', 'draft-broken']);
    // Loading again finds nothing damaged.
    expect(loadDrafts(storage).damaged).toEqual([]);
  });

  it('a repair that had to leave something out keeps the damaged original until it is discarded', () => {
    const odd = { ...story('draft-odd', 'Odd'), steps: [{ ...step('one'), view: { layout: 'spiral' } }] };
    const storage = seeded(envelope([odd]));
    ({ stop } = startDraftPersistence(storage, useViewStore));
    const key = useDraftRecovery.getState().damaged[0]!.key;
    expect(repairValue(key, [], useViewStore)).toMatchObject({
      lossless: false,
      changes: ['step 1: view.layout could not be read and was left out'],
    });
    expect(useDraftRecovery.getState().repaired[key]).toMatch(/original is kept until you discard it/);
    expect(storage.getItem(key)).not.toBeNull();
  });

  it('the damaged-stories notice is its own: no number of other notices pushes it out', () => {
    const storage = seeded(envelope([null, story('draft-mine')]));
    ({ stop } = startDraftPersistence(storage, useViewStore));
    for (let i = 0; i < 10; i++) useViewStore.getState().notify(`URL notice ${i}`);
    const html = renderToStaticMarkup(
      createElement(RecoverStoriesNotice, { ...useDraftRecovery.getState(), shippedIds: [] }),
    );
    expect(html).toContain('1 saved story could not be read');
    expect(html).toContain('it is not a story (null)');
    expect(html).toMatch(/Download it.*Discard…/);
  });

  it('without a RecoverStories panel mounted, the damage is still said among the notices', () => {
    ({ stop } = startDraftPersistence(seeded(envelope([null])), useViewStore));
    vi.advanceTimersByTime(1);
    expect(useViewStore.getState().notices.map((n) => n.text)).toEqual([
      expect.stringMatching(/^1 saved story could not be read; kept in this browser/),
    ]);
  });
});
